package org.sillon.baskets.entity;

/**
 * What becomes of the basket of a week a household is away: the association's policy when it is declared.
 */
public enum AbsenceHandling {
    /** Not made up; the delivery is credited (an extra later, or a deduction on the bill). */
    CREDIT,
    /** Made up in a later week, with that week's basket. */
    SHIFT,
    /** Made up and collected by the person the household names. */
    GIFT,
    /** Made up and given away (a food bank). */
    DONATE;

    /** Whether the garden still makes up the basket in the absent week. */
    public boolean madeUp() {
        return this == GIFT || this == DONATE;
    }
}
