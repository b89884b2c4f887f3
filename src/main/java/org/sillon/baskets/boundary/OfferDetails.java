package org.sillon.baskets.boundary;

/** An offer as a form or a client describes it; its prices are added one at a time, each from a date. */
public record OfferDetails(OfferKind kind, String name, String description) {
}
