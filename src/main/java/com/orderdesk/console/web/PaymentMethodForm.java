package com.orderdesk.console.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.internal.methods.FeeBand;
import com.orderdesk.payment.internal.methods.PaymentFee;
import com.orderdesk.payment.internal.methods.PaymentMethodRequest;
import com.orderdesk.payment.internal.methods.PaymentMethodView;
import com.orderdesk.shared.TaxCategory;
import org.jspecify.annotations.Nullable;

/**
 * 支払方法設定 as the browser posts it: plain fields, fee bands and options as lines of text. It is
 * turned into the payment API's {@link PaymentMethodRequest}, which carries the rules; lines that
 * are not "from:fee" or "name=value" are reported against their field.
 */
public class PaymentMethodForm {

    private @Nullable String code;
    private @Nullable Long version;
    private @Nullable String name;
    private @Nullable String provider;
    private boolean enabled = true;
    private @Nullable Integer sortOrder;
    private boolean captureImmediately;
    private PaymentFee.Type feeType = PaymentFee.Type.FIXED;
    private @Nullable Long feeAmount;
    private @Nullable String feeBands;
    private TaxCategory feeTaxCategory = TaxCategory.STANDARD_10;
    private @Nullable Long minAmount;
    private @Nullable Long maxAmount;
    private List<String> deliveryMethods = new ArrayList<>();
    private @Nullable String customerGroups;
    private @Nullable String completionText;
    private @Nullable String emailTitle;
    private @Nullable String emailText;
    private @Nullable String options;

    static PaymentMethodForm of(PaymentMethodView method) {
        PaymentMethodForm form = new PaymentMethodForm();
        form.code = method.code();
        form.version = method.version();
        form.name = method.name();
        form.provider = method.provider().name();
        form.enabled = method.enabled();
        form.sortOrder = method.sortOrder();
        form.captureImmediately = method.captureImmediately();
        form.feeType = method.fee().type();
        form.feeAmount = method.fee().amount();
        form.feeBands = method.fee().bands() == null ? null : String.join("\n", method.fee().bands().stream()
                .map(band -> band.fromAmount() + ":" + band.fee()).toList());
        form.feeTaxCategory = method.fee().taxCategory();
        form.minAmount = method.minAmount();
        form.maxAmount = method.maxAmount();
        form.deliveryMethods = new ArrayList<>(method.deliveryMethods());
        form.customerGroups = String.join(", ", method.customerGroups());
        form.completionText = method.completionText();
        form.emailTitle = method.emailTitle();
        form.emailText = method.emailText();
        form.options = String.join("\n", method.options().entrySet().stream()
                .map(option -> option.getKey() + "=" + option.getValue()).toList());
        return form;
    }

    /** Lines the form cannot read, by field; empty when every line is well formed. */
    Map<String, String> unreadable() {
        Map<String, String> problems = new LinkedHashMap<>();
        lines(feeBands).stream().filter(line -> !line.matches("\\d+\\s*:\\s*\\d+")).findFirst().ifPresent(line ->
                problems.put("fee.bands", "「" + line + "」は「開始金額:手数料」（例 10000:440）の形ではありません"));
        lines(options).stream().filter(line -> !line.contains("=")).findFirst().ifPresent(line ->
                problems.put("options", "「" + line + "」は「名前=値」の形ではありません"));
        return problems;
    }

    /** The payment API's request; {@link #unreadable()} must be empty. */
    PaymentMethodRequest toRequest() {
        ProviderCode providerCode = provider == null || provider.isBlank() ? null
                : ProviderCode.values().stream().filter(known -> known.name().equals(provider)).findFirst().orElse(null);
        List<FeeBand> bands = feeType == PaymentFee.Type.BANDS ? lines(feeBands).stream().map(line -> {
            String[] parts = line.split(":");
            return new FeeBand(Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip()));
        }).toList() : null;
        Map<String, String> optionMap = new LinkedHashMap<>();
        lines(options).forEach(line -> optionMap.put(line.substring(0, line.indexOf('=')).strip(),
                line.substring(line.indexOf('=') + 1).strip()));
        Set<String> groups = new LinkedHashSet<>();
        for (String group : (customerGroups == null ? "" : customerGroups).split("[,、\\s]+")) {
            if (!group.isBlank()) {
                groups.add(group.strip());
            }
        }
        @SuppressWarnings("NullAway")
        PaymentMethodRequest request = new PaymentMethodRequest(blankToNull(code), name == null ? "" : name,
                providerCode, enabled, sortOrder, captureImmediately,
                new PaymentFee(feeType, feeType == PaymentFee.Type.FIXED ? (feeAmount == null ? 0L : feeAmount) : null,
                        bands, feeTaxCategory),
                minAmount, maxAmount, new LinkedHashSet<>(deliveryMethods), groups, blankToNull(completionText),
                blankToNull(emailTitle), blankToNull(emailText), optionMap);
        return request;
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public @Nullable String getCode() { return code; }
    public void setCode(@Nullable String code) { this.code = code; }
    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public @Nullable String getProvider() { return provider; }
    public void setProvider(@Nullable String provider) { this.provider = provider; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public @Nullable Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(@Nullable Integer sortOrder) { this.sortOrder = sortOrder; }
    public boolean isCaptureImmediately() { return captureImmediately; }
    public void setCaptureImmediately(boolean captureImmediately) { this.captureImmediately = captureImmediately; }
    public PaymentFee.Type getFeeType() { return feeType; }
    public void setFeeType(PaymentFee.Type feeType) { this.feeType = feeType; }
    public @Nullable Long getFeeAmount() { return feeAmount; }
    public void setFeeAmount(@Nullable Long feeAmount) { this.feeAmount = feeAmount; }
    public @Nullable String getFeeBands() { return feeBands; }
    public void setFeeBands(@Nullable String feeBands) { this.feeBands = feeBands; }
    public TaxCategory getFeeTaxCategory() { return feeTaxCategory; }
    public void setFeeTaxCategory(TaxCategory feeTaxCategory) { this.feeTaxCategory = feeTaxCategory; }
    public @Nullable Long getMinAmount() { return minAmount; }
    public void setMinAmount(@Nullable Long minAmount) { this.minAmount = minAmount; }
    public @Nullable Long getMaxAmount() { return maxAmount; }
    public void setMaxAmount(@Nullable Long maxAmount) { this.maxAmount = maxAmount; }
    public List<String> getDeliveryMethods() { return deliveryMethods; }
    public void setDeliveryMethods(List<String> deliveryMethods) { this.deliveryMethods = deliveryMethods; }
    public @Nullable String getCustomerGroups() { return customerGroups; }
    public void setCustomerGroups(@Nullable String customerGroups) { this.customerGroups = customerGroups; }
    public @Nullable String getCompletionText() { return completionText; }
    public void setCompletionText(@Nullable String completionText) { this.completionText = completionText; }
    public @Nullable String getEmailTitle() { return emailTitle; }
    public void setEmailTitle(@Nullable String emailTitle) { this.emailTitle = emailTitle; }
    public @Nullable String getEmailText() { return emailText; }
    public void setEmailText(@Nullable String emailText) { this.emailText = emailText; }
    public @Nullable String getOptions() { return options; }
    public void setOptions(@Nullable String options) { this.options = options; }
}
