package org.sillon.baskets.boundary;

/** What an offer is: a basket size a household subscribes to, or an option added to it (fruit, eggs). */
public enum OfferKind {
    SIZE,
    OPTION
}
