package org.sillon.baskets.boundary;

/**
 * What an offer is: a basket size a household subscribes to, an option added to it (fruit, eggs), the fee a
 * home delivery round adds to each basket it delivers, or an extra beyond the basket (bread, preserves) ordered
 * for a week or every week, within its stock.
 */
public enum OfferKind {
    SIZE,
    OPTION,
    DELIVERY,
    EXTRA
}
