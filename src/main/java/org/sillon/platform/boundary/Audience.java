package org.sillon.platform.boundary;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The sets of roles that pages, endpoints and menus are for, named once: REST methods say theirs with
 * {@link Allowed}, pages are mapped in {@link PageAccess}, and the menu asks {@link UserSession}.
 */
public enum Audience {
    /** Anyone logged in, adherents included. */
    EVERYONE(EnumSet.allOf(Role.class)),
    /** The association's team: every role but the adherent's. */
    STAFF(EnumSet.of(Role.ADMIN, Role.ANIMATOR, Role.TREASURER, Role.GARDEN)),
    /** Who changes the registry: the animator and administrators. */
    REGISTRY_EDITORS(EnumSet.of(Role.ADMIN, Role.ANIMATOR)),
    /** Who keeps a household's delivery instructions: the registry's editors and the garden team, who deliver. */
    DELIVERY_EDITORS(EnumSet.of(Role.ADMIN, Role.ANIMATOR, Role.GARDEN)),
    /** Who looks for duplicate persons: the office, whose registry it is; not the garden team. */
    DUPLICATE_READERS(EnumSet.of(Role.ADMIN, Role.ANIMATOR, Role.TREASURER)),
    /** Who sees solidarity data (social difficulty): the animator follows the referral, the treasurer applies the price. */
    SOLIDARITY_READERS(EnumSet.of(Role.ADMIN, Role.ANIMATOR, Role.TREASURER)),
    /** Who sets the basket offers and their prices: administrators and the treasurer, who bills them. */
    OFFER_EDITORS(EnumSet.of(Role.ADMIN, Role.TREASURER)),
    /** Who takes subscriptions and absences for households: the animator at the desk, the treasurer with the contract. */
    SUBSCRIPTION_EDITORS(EnumSet.of(Role.ADMIN, Role.ANIMATOR, Role.TREASURER)),
    /** Who keeps the accounts: the treasurer and administrators read the charges, bill and adjust them. */
    ACCOUNT_KEEPERS(EnumSet.of(Role.ADMIN, Role.TREASURER)),
    /** Who runs the installation. */
    ADMINS(EnumSet.of(Role.ADMIN));

    private final Set<Role> roles;

    Audience(Set<Role> roles) {
        this.roles = roles;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Whether a caller who holds the roles {@code inRole} answers yes for belongs to this audience. */
    public boolean admits(Predicate<String> inRole) {
        return roles.stream().map(Role::name).anyMatch(inRole);
    }
}
