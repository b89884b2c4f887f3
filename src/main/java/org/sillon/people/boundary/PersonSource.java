package org.sillon.people.boundary;

/** How a person came to the association: what the animator asks at the first contact. */
public enum PersonSource {
    FAIR, WORD_OF_MOUTH, PARTNER, WEBSITE, EVENT, PRESS, OTHER
}
