package com.orderdesk.shared;

/**
 * Japanese consumption-tax categories an amount can fall under: the standard 10% rate and the
 * reduced 8% rate (food and newspapers, 軽減税率).
 */
public enum TaxCategory {
    STANDARD_10(10),
    REDUCED_8(8);

    private final int ratePercent;

    TaxCategory(int ratePercent) {
        this.ratePercent = ratePercent;
    }

    public int ratePercent() {
        return ratePercent;
    }

    /**
     * The consumption tax contained in a tax-inclusive amount, rounded down (切り捨て) to whole yen:
     * {@code floor(amount × rate / (100 + rate))}. Negative amounts are rounded toward zero so that
     * a discount never adds tax.
     */
    public long includedTax(long taxInclusiveAmount) {
        long tax = Math.abs(taxInclusiveAmount) * ratePercent / (100 + ratePercent);
        return taxInclusiveAmount < 0 ? -tax : tax;
    }
}
