package org.sillon.baskets.boundary;

/**
 * An offer as a form or a client describes it; its prices are added one at a time, each from a date. How a size
 * is billed is chosen when it is created ({@link BillingModel#MONTHLY} when not said; a contract is paid
 * {@link Instalments#ONCE} when not said) and stays; an option is billed with the size it goes with.
 */
public record OfferDetails(OfferKind kind, String name, String description, BillingModel billing,
        Instalments instalments, Integer weeklyStock) {

    /** An offer billed as the defaults say, or a change that leaves its billing as it is; no stock limit. */
    public OfferDetails(OfferKind kind, String name, String description) {
        this(kind, name, description, null, null, null);
    }

    /** An offer without a stock limit. */
    public OfferDetails(OfferKind kind, String name, String description, BillingModel billing,
            Instalments instalments) {
        this(kind, name, description, billing, instalments, null);
    }
}
