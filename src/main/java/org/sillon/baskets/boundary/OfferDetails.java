package org.sillon.baskets.boundary;

/**
 * An offer as a form or a client describes it; its prices are added one at a time, each from a date. How a size
 * is billed is chosen when it is created ({@link BillingModel#MONTHLY} when not said; a contract is paid
 * {@link Instalments#ONCE} when not said) and stays; an option is billed with the size it goes with.
 */
public record OfferDetails(OfferKind kind, String name, String description, BillingModel billing,
        Instalments instalments) {

    /** An offer billed as the defaults say, or a change that leaves its billing as it is. */
    public OfferDetails(OfferKind kind, String name, String description) {
        this(kind, name, description, null, null);
    }
}
