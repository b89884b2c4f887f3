package org.sillon.baskets.entity;

/** A subscription's status in a given week, as the team and the household read it. */
public enum SubscriptionStatus {
    WAITING,
    /** Accepted, its first week still ahead. */
    PENDING,
    ACTIVE,
    /** Active, but paused that week: no basket, no charge, its place kept. */
    PAUSED,
    ENDED
}
