package org.sillon.baskets.entity;

/** A subscription's stored state; whether an active one is pending, running or over is read from its weeks. */
public enum SubscriptionState {
    /** On the waiting list for a place at its drop-off point. */
    WAITING,
    ACTIVE,
    /** Ended before its first week, or withdrawn from the waiting list: it never delivers. */
    ENDED
}
