package org.sillon.baskets.boundary;

/**
 * What an offer is: a basket size a household subscribes to, an option added to it (fruit, eggs), or the fee a
 * home delivery round adds to each basket it delivers.
 */
public enum OfferKind {
    SIZE,
    OPTION,
    DELIVERY
}
