package org.sillon.accounts.entity;

/** What a person does in the association; the names are the security roles of pages and endpoints. */
public enum Role {
    /** Runs the installation: accounts, API tokens, settings. */
    ADMIN,
    /** The network animator: adherents, households, partners, events, mailings. */
    ANIMATOR,
    /** Payments, reconciliation, receipts and accounting exports. */
    TREASURER,
    /** The production and delivery team: the weekly distribution. */
    GARDEN,
    /** A member household's own access to its data. */
    ADHERENT;

    public static final String S_ADMIN = "ADMIN";
    public static final String S_ANIMATOR = "ANIMATOR";
    public static final String S_TREASURER = "TREASURER";
    public static final String S_GARDEN = "GARDEN";
    public static final String S_ADHERENT = "ADHERENT";
}
