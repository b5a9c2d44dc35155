package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayInvoice;
import com.orderdesk.payment.gateway.GatewayInvoice.TaxTotal;
import com.orderdesk.payment.gateway.GatewayLine;
import com.orderdesk.payment.gateway.GatewayLine.Kind;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.shared.TaxCategory;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

/** What the port hands to a provider that bills the shopper: the order as an invoice that adds up. */
class InvoiceDataIntegrationTests extends PaymentIntegrationTestSupport {

    @Test
    void theAuthorizeRequestCarriesTheOrderAsAnInvoiceWhoseLinesAddUpPerRateAndInTotal() {
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", METHOD);
        order.put("paymentFee", 330);
        order.put("usedPoints", 500);
        order.put("adjustment", Map.of("amount", -108, "label", "クーポン", "taxCategory", "REDUCED_8"));
        order.put("deliveryDate", "2026-12-24");
        order.put("deliveryTimeSlot", "14-16");
        order.put("delivery", Map.of("name", "佐藤 花子", "kana", "サトウ ハナコ", "phone", "06-1234-5678",
                "company", "佐藤商店", "postalCode", "530-0001", "prefecture", "大阪府", "city", "大阪市北区",
                "address1", "梅田1-1-1"));
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) order.get("customer");
        customer.put("company", "山田商事株式会社");
        Response placed = api.asOperator().post("/api/admin/orders", order);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        long total = placed.json().at("/totals/total").asLong();
        await().atMost(Duration.ofSeconds(10)).until(() -> !gateway.authorizations().isEmpty());

        GatewayAuthorizeRequest request = gateway.authorizations().getFirst();
        GatewayInvoice invoice = request.invoice();

        assertThat(invoice.lines()).extracting(GatewayLine::kind).containsExactly(Kind.PRODUCT, Kind.PRODUCT,
                Kind.SHIPPING_FEE, Kind.PAYMENT_FEE, Kind.ADJUSTMENT, Kind.POINTS, Kind.POINTS);
        assertThat(invoice.lines().stream().mapToLong(GatewayLine::amount).sum()).isEqualTo(total).isEqualTo(3552);
        assertThat(invoice.total()).isEqualTo(total);
        assertThat(request.amount()).isEqualTo(total);
        assertThat(invoice.lines().stream().filter(line -> line.kind() == Kind.POINTS).mapToLong(GatewayLine::amount)
                .sum()).isEqualTo(-500);
        JsonTotals totals = new JsonTotals(placed);
        assertThat(invoice.taxes()).containsExactly(
                new TaxTotal(TaxCategory.STANDARD_10, totals.base10, totals.tax10),
                new TaxTotal(TaxCategory.REDUCED_8, totals.base8, totals.tax8));
        assertThat(invoice.lines().get(4)).isEqualTo(new GatewayLine(Kind.ADJUSTMENT, "ADJUSTMENT", "クーポン", -108, 1,
                TaxCategory.REDUCED_8));
        assertThat(invoice.orderDate()).isEqualTo(ShopTime.dateOf(java.time.Instant.parse(
                placed.json().at("/placedAt").asString())));
        assertThat(invoice.wishedDeliveryDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(invoice.wishedTimeSlot()).isEqualTo("14-16");
        assertThat(invoice.recipient().name()).isEqualTo("佐藤 花子");
        assertThat(invoice.recipient().company()).isEqualTo("佐藤商店");
        assertThat(invoice.recipient().prefecture()).isEqualTo("大阪府");
        assertThat(request.customer().company()).isEqualTo("山田商事株式会社");
        assertThat(request.customer().mobilePhone()).isEqualTo("090-1111-2222");
        assertThat(request.lines()).isEqualTo(invoice.lines());
    }

    /** The order's tax bases and taxes per rate as the order API shows them. */
    private record JsonTotals(long base10, long tax10, long base8, long tax8) {
        JsonTotals(Response placed) {
            this(placed.json().at("/totals/taxes/0/taxableAmount").asLong(), placed.json().at("/totals/taxes/0/tax").asLong(),
                    placed.json().at("/totals/taxes/1/taxableAmount").asLong(), placed.json().at("/totals/taxes/1/tax").asLong());
        }
    }

    @Test
    void anInvoiceWhoseLinesDoNotAddUpCannotBeBuilt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GatewayInvoice(LocalDate.of(2026, 11, 23), null,
                null, List.of(new GatewayLine(Kind.PRODUCT, "A", "A", 1000, 1, TaxCategory.STANDARD_10)),
                List.of(new TaxTotal(TaxCategory.STANDARD_10, 1000, 90)), 1100,
                com.orderdesk.payment.gateway.TestInvoices.of(1).recipient()))
                .hasMessageContaining("add up to 1000, not to the total 1100");
    }
}
