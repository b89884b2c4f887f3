package org.sillon.baskets.boundary;

/** Where a basket goes: a drop-off point households collect it from, or a round that delivers it to their door. */
public enum PointKind {
    POINT,
    ROUND
}
