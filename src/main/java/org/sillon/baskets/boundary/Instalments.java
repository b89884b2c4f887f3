package org.sillon.baskets.boundary;

/** How a contract is paid: at once, or by equal parts each quarter or each month of its weeks. */
public enum Instalments {
    ONCE(0),
    QUARTERLY(3),
    MONTHLY(1);

    private final int months;

    Instalments(int months) {
        this.months = months;
    }

    /** The months between two parts; 0 for a single payment. */
    public int months() {
        return months;
    }
}
