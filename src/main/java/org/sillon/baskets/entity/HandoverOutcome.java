package org.sillon.baskets.entity;

/** What became of a week's basket at its drop-off point. */
public enum HandoverOutcome {
    COLLECTED,
    /** Left at the point: the animator calls the household. */
    NOT_COLLECTED,
    /** Brought to the door. */
    DELIVERED
}
