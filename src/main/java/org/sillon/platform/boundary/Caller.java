package org.sillon.platform.boundary;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, with which roles, and which person and household they are in the registry: the one value
 * facades take instead of loose usernames and flags. The accounts component produces it once per request (a
 * REST resource asks its {@code Provider<Caller>} in each call, a page {@link UserSession#caller()}); work
 * outside a request (bootstrap, demo data, background jobs) names itself with {@link #system}. An account that belongs to no
 * person (most staff) has neither person nor household. The audit trail names its actor by itself, since
 * lines are also written by observers deep inside other components' transactions.
 */
public record Caller(String username, String displayName, Set<Role> roles, Long personId, Long householdId) {

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (username == null && (!roles.isEmpty() || personId != null)) {
            throw new IllegalArgumentException("an anonymous caller has no roles and is nobody in the registry");
        }
        if (personId == null && householdId != null) {
            throw new IllegalArgumentException("a household comes with the person who lives in it");
        }
    }

    /** Nobody logged in: no roles, no person. */
    public static Caller anonymous() {
        return new Caller(null, null, Set.of(), null, null);
    }

    /**
     * The application's own work under a name that the records it writes will show: bootstrap, demo data, a
     * background job under the name of whoever started it (as {@code AuditTrail.actingAs} names it). The code
     * asking is trusted as the whole staff would be, and it is nobody in the registry.
     */
    public static Caller system(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a system caller needs a name for the records it writes");
        }
        return new Caller(name, name, Audience.STAFF.roles(), null, null);
    }

    public boolean isAnonymous() {
        return username == null;
    }

    /** Whether the caller holds one of the audience's roles. */
    public boolean in(Audience audience) {
        return !Collections.disjoint(audience.roles(), roles);
    }

    public boolean isAdmin() {
        return in(Audience.ADMINS);
    }

    /** Whether the caller is the account named {@code username}: the author or owner of a record, say. */
    public boolean is(String username) {
        return this.username != null && this.username.equals(username);
    }

    /** The person of the registry the caller's account belongs to, if any. */
    public Optional<Long> person() {
        return Optional.ofNullable(personId);
    }

    /** The household of that person, if they live in one: what an adherent sees and changes is theirs. */
    public Optional<Long> household() {
        return Optional.ofNullable(householdId);
    }

    /** How to name the caller to people: the display name, else the username. */
    public String name() {
        return displayName == null ? username : displayName;
    }
}
