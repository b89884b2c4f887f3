package org.sillon.people.entity;

/** How a person is addressed: Madame, Monsieur, or neither. */
public enum Civility {
    MRS, MR, MX
}
