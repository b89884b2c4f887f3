package org.sillon.followup.boundary;

/** How the animator was in touch with someone (appel, rendez-vous, courriel, courrier, autre). */
public enum InteractionKind {
    CALL, MEETING, EMAIL, LETTER, OTHER
}
