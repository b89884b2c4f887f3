package org.sillon.people.boundary;

/** How a consent or its withdrawal reached the association, to prove it later. */
public enum ConsentSource {
    FORM, PAPER, PORTAL, EMAIL, PHONE, IMPORT
}
