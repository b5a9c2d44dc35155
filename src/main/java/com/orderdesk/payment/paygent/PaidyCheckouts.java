package com.orderdesk.payment.paygent;

import java.util.ArrayList;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCustomer;
import com.orderdesk.payment.gateway.GatewayInvoice;
import com.orderdesk.payment.gateway.GatewayLine;
import com.orderdesk.payment.gateway.GatewayRecipient;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.ProviderSettings;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the storefront needs to open Paidy Checkout (there is no "apply" telegram for Paidy: the
 * shopper authorizes in Paidy's popup and the storefront hands back the {@code pay_…} id). The next
 * action's data holds {@code publicKey} (① パブリックキー), {@code logoUrl} (② ロゴ) and
 * {@code checkoutPayload}, the JSON to pass to Paidy Checkout as it is.
 *
 * <p>Public (fact sheet, w2 constants): the payload keys {@code amount}, {@code currency},
 * {@code store_name}, {@code buyer} (email, name1, name2, phone), {@code order} (items[id, title,
 * quantity, unit_price], order_ref, shipping, tax), {@code shipping_address} (line1, line2, city,
 * state, zip) and {@code description}. Left out: {@code buyer.dob} and {@code buyer_data} (OrderDesk
 * does not hold them). ASSUMED: prices are tax-inclusive, so {@code order.tax} is 0 and the
 * consumption tax per rate is written in {@code description} (Paidy's rule on how amount, items,
 * tax and shipping add up is not in the stored sources); {@code name2} carries the kana.
 *
 * <p>The phone is the mobile number when the order has one, else the phone field (manual 3-7
 * 優先表示). A number the shopper corrects inside Paidy is not written back (manual 4-2 ⑦): OrderDesk
 * keeps its own.
 */
final class PaidyCheckouts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PaidyCheckouts() {
    }

    /** @param expiresAt when the checkout counts as abandoned (see {@code PaygentPaymentGateway#CHECKOUT_LIFETIME}) */
    static NextAction of(GatewayAuthorizeRequest request, Instant expiresAt) {
        ProviderSettings settings = request.settings();
        Map<String, String> data = new LinkedHashMap<>();
        String publicKey = PaygentAccount.publicKey(settings);
        if (publicKey == null) {
            throw new com.orderdesk.payment.gateway.ProviderNotConfigured(
                    "option '" + PaygentAccount.PAIDY_PUBLIC_KEY + "' (Paidy パブリックキー) is not set");
        }
        data.put("publicKey", publicKey);
        String logo = settings.option(PaygentAccount.CHECKOUT_LOGO_URL);
        if (logo != null && !logo.isBlank()) {
            data.put("logoUrl", logo.strip());
        }
        data.put("orderRef", request.providerOrderId());
        data.put("confirmationText", confirmationText(request.instrument()));
        data.put("checkoutPayload", JSON.writeValueAsString(payload(request)));
        return new NextAction(NextAction.Type.PROVIDER_CHECKOUT, null, data, expiresAt);
    }

    static Map<String, Object> payload(GatewayAuthorizeRequest request) {
        GatewayInvoice invoice = request.invoice();
        GatewayCustomer customer = request.customer();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("amount", request.amount());
        payload.put("currency", "JPY");
        payload.put("store_name", storeName(request.settings()));
        Map<String, Object> buyer = new LinkedHashMap<>();
        buyer.put("email", customer.email());
        buyer.put("name1", customer.name());
        if (customer.kana() != null) {
            buyer.put("name2", customer.kana());
        }
        buyer.put("phone", phoneForPaidy(customer));
        payload.put("buyer", buyer);
        List<Map<String, Object>> items = new ArrayList<>();
        long shipping = 0;
        for (GatewayLine line : invoice.lines()) {
            if (line.kind() == GatewayLine.Kind.SHIPPING_FEE) {
                shipping += line.amount();
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", line.code());
            item.put("title", line.name());
            item.put("quantity", line.quantity());
            item.put("unit_price", line.unitPrice());
            items.add(item);
        }
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("items", items);
        order.put("order_ref", request.providerOrderId());
        order.put("shipping", shipping);
        order.put("tax", 0);
        payload.put("order", order);
        GatewayRecipient to = invoice.recipient();
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("line1", to.address2() == null ? "" : to.address2());
        address.put("line2", to.address1());
        address.put("city", to.city());
        address.put("state", to.prefecture());
        address.put("zip", to.postalCode());
        payload.put("shipping_address", address);
        payload.put("description", description(request.orderNumber(), invoice));
        return payload;
    }

    /** The mobile number when there is one, else the phone field (manual 3-7). */
    static String phoneForPaidy(GatewayCustomer customer) {
        String mobile = customer.mobilePhone();
        return mobile != null && !mobile.isBlank() ? mobile : customer.phone();
    }

    private static String storeName(ProviderSettings settings) {
        String name = settings.option(PaygentAccount.STORE_NAME);
        return name == null || name.isBlank() ? "OrderDesk" : name.strip();
    }

    private static String description(String orderNumber, GatewayInvoice invoice) {
        StringBuilder text = new StringBuilder("注文 ").append(orderNumber);
        for (GatewayInvoice.TaxTotal tax : invoice.taxes()) {
            text.append(" / ").append(tax.taxCategory().ratePercent()).append("%対象 ")
                    .append(String.format("%,d円", tax.base())).append(" (内消費税 ")
                    .append(String.format("%,d円", tax.tax())).append(')');
        }
        return text.toString();
    }

    /**
     * Manual 3-4 ⑩: the 注意書き on the confirmation page cannot be switched off (特商法に基づき確認画面の
     * チェックは外せません); the storefront shows it before it opens Paidy. The payment method's option
     * {@value #CONFIRMATION_TEXT} (the core hands method options to the adapter), else the manual's
     * recommended text (推奨コメント; the manual's screenshot cuts off its last sentence, so it ends
     * with the part that is readable).
     */
    static String confirmationText(Map<String, String> instrument) {
        String configured = instrument.get(CONFIRMATION_TEXT);
        return configured == null || configured.isBlank() ? RECOMMENDED_TEXT : configured.strip();
    }

    static final String CONFIRMATION_TEXT = "confirmationText";

    static final String RECOMMENDED_TEXT = "クレジットカード、事前登録不要。メールアドレスと携帯番号だけで、今すぐお買い物。"
            + "1か月に何度お買い物しても、お支払いは翌月まとめて1回でOK。"
            + "お支払いは翌月27日までに、コンビニ払い・銀行振込・口座振替で。";

    static @Nullable String checkoutStatus(Map<String, String> instrument) {
        String status = instrument.get(PaygentPaymentGateway.CHECKOUT_STATUS);
        return status == null || status.isBlank() ? null : status.strip();
    }
}
