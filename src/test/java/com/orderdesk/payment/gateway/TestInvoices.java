package com.orderdesk.payment.gateway;

import java.time.LocalDate;
import java.util.List;

import com.orderdesk.payment.gateway.GatewayInvoice.TaxTotal;
import com.orderdesk.shared.TaxCategory;

/** Invoices for adapter tests that do not look at the invoice: one 10% product line of the amount. */
public final class TestInvoices {

    private TestInvoices() {
    }

    public static GatewayInvoice of(long amount) {
        return new GatewayInvoice(LocalDate.of(2026, 11, 23), null, null,
                List.of(new GatewayLine(GatewayLine.Kind.PRODUCT, "ITEM-1", "商品", amount, 1, TaxCategory.STANDARD_10)),
                List.of(new TaxTotal(TaxCategory.STANDARD_10, amount, TaxCategory.STANDARD_10.includedTax(amount))),
                amount, new GatewayRecipient("山田 太郎", "ヤマダ タロウ", "0312345678", null, "1500001", "東京都", "渋谷区",
                        "神宮前1-1-1", null));
    }
}
