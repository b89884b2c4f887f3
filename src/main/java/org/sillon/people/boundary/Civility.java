package org.sillon.people.boundary;

/** How a person is addressed: Madame, Monsieur, or neither. */
public enum Civility {
    MRS, MR, MX
}
