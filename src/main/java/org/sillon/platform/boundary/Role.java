package org.sillon.platform.boundary;

/**
 * What a person does in the association; the names are the security groups an authenticated caller carries
 * (each maps to the role of the same name). Which roles may do what is said once, by {@link Audience}.
 */
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
    ADHERENT
}
