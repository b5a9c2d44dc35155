package com.orderdesk.console.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.internal.DeliveryMethod;
import com.orderdesk.shipping.internal.DeliveryMethodData;
import com.orderdesk.shipping.internal.FeeType;
import org.jspecify.annotations.Nullable;

/**
 * The 配送方法 form: the delivery method API's fields as a page holds them (per-prefecture fees as
 * lines of 「都道府県=送料」, payment method codes separated by commas). The shape rules of
 * {@code /api/admin/delivery-methods} (code pattern, name length, fee range) are checked here with
 * the API's limits; the content rules are the shipping module's ({@link DeliveryMethodData#checked}).
 */
public class DeliveryMethodForm {

    /** The admin API's upper bound for a fee. */
    static final long MAX_FEE = 9_999_999L;

    private @Nullable String code;
    private @Nullable String name;
    private Carrier carrier = Carrier.YAMATO;
    private FeeType feeType = FeeType.FLAT;
    private @Nullable Long feeAmount;
    private @Nullable String byPrefecture;
    private boolean dateWishAllowed;
    private boolean timeSlotWishAllowed;
    private @Nullable String paymentMethodCodes;
    private @Nullable Long version;

    static DeliveryMethodForm of(DeliveryMethod method) {
        DeliveryMethodForm form = new DeliveryMethodForm();
        form.code = method.code();
        form.name = method.name();
        form.carrier = method.carrier();
        form.feeType = method.feeType();
        form.feeAmount = method.baseFee();
        form.byPrefecture = new TreeMap<>(method.prefectureFees()).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining("\n"));
        form.dateWishAllowed = method.dateWishAllowed();
        form.timeSlotWishAllowed = method.timeSlotWishAllowed();
        form.paymentMethodCodes = method.paymentMethodCodes().stream().sorted().collect(Collectors.joining(", "));
        form.version = method.version();
        return form;
    }

    /** Field → message for what does not fit the API's shape; empty when the form can be sent. */
    Map<String, String> problems(boolean creating) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (creating && (code == null || !code.strip().matches("[A-Za-z0-9_-]{1,32}"))) {
            problems.put("code", "コードは英数字・_・- の1〜32文字で入力してください");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            problems.put("name", "名称を100文字以内で入力してください");
        }
        if (feeAmount == null || feeAmount < 0 || feeAmount > MAX_FEE) {
            problems.put("feeAmount", "送料は0〜" + String.format("%,d", MAX_FEE) + "円で入力してください");
        }
        try {
            prefectureFees();
        } catch (IllegalArgumentException unreadable) {
            problems.put("byPrefecture", unreadable.getMessage());
        }
        return problems;
    }

    /** The module's settings; call after {@link #problems} found none. */
    DeliveryMethodData toData() {
        Set<String> codes = paymentMethodCodes == null ? Set.of() : Arrays.stream(paymentMethodCodes.split("[,、\\s]+"))
                .map(String::strip).filter(value -> !value.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        return DeliveryMethodData.checked(name == null ? "" : name, carrier, feeType, feeAmount == null ? 0 : feeAmount,
                prefectureFees(), dateWishAllowed, timeSlotWishAllowed, codes);
    }

    private Map<String, Long> prefectureFees() {
        Map<String, Long> fees = new LinkedHashMap<>();
        for (String line : (byPrefecture == null ? "" : byPrefecture).lines().map(String::strip).toList()) {
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            long fee;
            try {
                fee = equals < 0 ? -1 : Long.parseLong(line.substring(equals + 1).strip());
            } catch (NumberFormatException notANumber) {
                fee = -1;
            }
            if (fee < 0 || fee > MAX_FEE) {
                throw new IllegalArgumentException("「" + line + "」は「都道府県=送料（0〜9,999,999円）」の形ではありません");
            }
            fees.put(line.substring(0, equals).strip(), fee);
        }
        return fees;
    }

    public @Nullable String getCode() { return code; }
    public void setCode(@Nullable String code) { this.code = code == null ? null : code.strip(); }
    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public Carrier getCarrier() { return carrier; }
    public void setCarrier(Carrier carrier) { this.carrier = carrier; }
    public FeeType getFeeType() { return feeType; }
    public void setFeeType(FeeType feeType) { this.feeType = feeType; }
    public @Nullable Long getFeeAmount() { return feeAmount; }
    public void setFeeAmount(@Nullable Long feeAmount) { this.feeAmount = feeAmount; }
    public @Nullable String getByPrefecture() { return byPrefecture; }
    public void setByPrefecture(@Nullable String byPrefecture) { this.byPrefecture = byPrefecture; }
    public boolean isDateWishAllowed() { return dateWishAllowed; }
    public void setDateWishAllowed(boolean dateWishAllowed) { this.dateWishAllowed = dateWishAllowed; }
    public boolean isTimeSlotWishAllowed() { return timeSlotWishAllowed; }
    public void setTimeSlotWishAllowed(boolean timeSlotWishAllowed) { this.timeSlotWishAllowed = timeSlotWishAllowed; }
    public @Nullable String getPaymentMethodCodes() { return paymentMethodCodes; }
    public void setPaymentMethodCodes(@Nullable String paymentMethodCodes) { this.paymentMethodCodes = paymentMethodCodes; }
    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
}
