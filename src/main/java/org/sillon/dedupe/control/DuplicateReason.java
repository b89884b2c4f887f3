package org.sillon.dedupe.control;

/** Why two persons look like one; the page shows each in the user's language (messages "duplicate.reason.*"). */
public enum DuplicateReason {
    /** The same address once case, the dots of a Gmail local part and a "+tag" are ignored. */
    SAME_EMAIL,
    /** A phone number (fixed or mobile) in common. */
    SAME_PHONE,
    /** The same folded first and last names at the same street address and postal code. */
    SAME_NAME_AND_ADDRESS,
    /** The same folded first and last names. */
    SAME_NAME,
    /** First and last names swapped ("Hélène Lefèvre" and "Lefèvre Hélène"). */
    SWAPPED_NAMES,
    /** First and last names close enough to be a typing variant ("Lefèvre" and "Lefebvre"). */
    SIMILAR_NAME,
    /** A similar name at the same street address and postal code. */
    SIMILAR_NAME_AND_ADDRESS,
    /** Already members of the same household, with a matching name. */
    SAME_HOUSEHOLD
}
