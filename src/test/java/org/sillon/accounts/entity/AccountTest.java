package org.sillon.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Language;
import org.sillon.platform.boundary.Role;

class AccountTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private static Account account(String username) {
        return new Account(username, "Jeanne Martin", "jeanne@example.fr", Language.FR, Set.of(Role.ANIMATOR), NOW);
    }

    private static String refusedField(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(InvalidValue.class, e).field();
    }

    @Test
    void aNewAccount() {
        Account a = new Account("Jeanne.Martin", "  Jeanne Martin ", " Jeanne@Example.FR ", Language.EN,
                Set.of(Role.ANIMATOR, Role.TREASURER), NOW);
        assertEquals("jeanne.martin", a.username());
        assertEquals("Jeanne Martin", a.displayName());
        assertEquals("jeanne@example.fr", a.email());
        assertEquals(Language.EN, a.language());
        assertEquals(EnumSet.of(Role.ANIMATOR, Role.TREASURER), a.roles());
        assertTrue(a.has(Role.TREASURER));
        assertFalse(a.has(Role.ADMIN));
        assertEquals(NOW, a.createdAt());
        assertTrue(a.enabled());
        assertNull(a.passwordHash());
        assertNull(a.lastLoginAt());
        assertNull(a.id());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "jeanne.martin;jeanne.martin",
            "  Jeanne.Martin  ;jeanne.martin",
            "ADMIN;admin",
            "abc;abc",
            "j_m-2025;j_m-2025",
            "jeanne@example.fr;jeanne@example.fr",
            "0day;0day"
    })
    void usernamesAreTrimmedAndLowerCased(String raw, String expected) {
        assertEquals(expected, Account.normaliseUsername(raw));
        assertEquals(expected, account(raw).username());
    }

    @Test
    void usernameLengthBounds() {
        String longest = "a".repeat(64);
        assertEquals(longest, Account.normaliseUsername(longest));
        assertEquals("username", refusedField(() -> Account.normaliseUsername(longest + "a")));
        assertEquals("username", refusedField(() -> Account.normaliseUsername("ab")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "ab", "-jeanne", ".jeanne", "_jeanne", "@jeanne", "jeanne martin", "jeanne/martin",
            "jeanne+martin", "jéanne", "jeanne:martin", "jeanne\tmartin"})
    void badUsernamesAreRefusedOnTheUsernameField(String raw) {
        assertEquals("username", refusedField(() -> Account.normaliseUsername(raw)));
        assertEquals("username", refusedField(() -> account(raw)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aDisplayNameIsRequired(String displayName) {
        assertEquals("displayName", refusedField(
                () -> new Account("jeanne", displayName, null, Language.FR, Set.of(Role.ADMIN), NOW)));
    }

    @Test
    void aDisplayNameHasAtMost120Characters() {
        String longest = "x".repeat(120);
        assertEquals(longest, new Account("jeanne", "  " + longest + "  ", null, null, Set.of(Role.ADMIN), NOW)
                .displayName());
        assertEquals("displayName", refusedField(
                () -> new Account("jeanne", longest + "x", null, null, Set.of(Role.ADMIN), NOW)));
    }

    @Test
    void emailIsOptionalAndNormalised() {
        Account a = account("jeanne");
        a.describe("Jeanne", "  JEANNE.Martin@Example.org ", Language.FR);
        assertEquals("jeanne.martin@example.org", a.email());
        a.describe("Jeanne", "  ", Language.FR);
        assertNull(a.email());
        a.describe("Jeanne", null, Language.FR);
        assertNull(a.email());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "no-at", "a b@c.fr", "x..y@z.fr"})
    void anInvalidEmailIsRefusedOnTheEmailField(String email) {
        assertEquals("email", refusedField(
                () -> new Account("jeanne", "Jeanne", email, Language.FR, Set.of(Role.ADMIN), NOW)));
        Account a = account("jeanne");
        assertEquals("email", refusedField(() -> a.describe("Jeanne", email, Language.FR)));
    }

    @Test
    void languageDefaultsToFrench() {
        assertEquals(Language.FR, new Account("jeanne", "Jeanne", null, null, Set.of(Role.ADMIN), NOW).language());
    }

    @Test
    void describeReplacesTheDescription() {
        Account a = account("jeanne");
        a.describe(" Jeanne M. ", "j@example.org", Language.EN);
        assertEquals("Jeanne M.", a.displayName());
        assertEquals("j@example.org", a.email());
        assertEquals(Language.EN, a.language());
        assertEquals("jeanne", a.username());
    }

    @Test
    void atLeastOneRole() {
        assertEquals("roles", refusedField(
                () -> new Account("jeanne", "Jeanne", null, Language.FR, Set.of(), NOW)));
        assertEquals("roles", refusedField(
                () -> new Account("jeanne", "Jeanne", null, Language.FR, null, NOW)));
        Account a = account("jeanne");
        assertEquals("roles", refusedField(() -> a.assignRoles(EnumSet.noneOf(Role.class))));
        assertEquals("roles", refusedField(() -> a.assignRoles(null)));
        assertEquals(Set.of(Role.ANIMATOR), a.roles());
    }

    @Test
    void assignRolesReplacesTheRoles() {
        Account a = account("jeanne");
        a.assignRoles(Set.of(Role.GARDEN, Role.ADHERENT));
        assertEquals(EnumSet.of(Role.GARDEN, Role.ADHERENT), a.roles());
        assertFalse(a.has(Role.ANIMATOR));
    }

    @Test
    void rolesCannotBeChangedFromOutside() {
        Account a = account("jeanne");
        assertThrows(UnsupportedOperationException.class, () -> a.roles().add(Role.ADMIN));
        Set<Role> given = EnumSet.of(Role.GARDEN);
        a.assignRoles(given);
        given.add(Role.ADMIN);
        assertFalse(a.has(Role.ADMIN));
    }

    @Test
    void canLogInNeedsAPasswordHashAndToBeEnabled() {
        Account a = account("jeanne");
        assertFalse(a.canLogIn());
        a.changePasswordHash("PBKDF2WithHmacSHA256:...");
        assertTrue(a.canLogIn());
        assertEquals("PBKDF2WithHmacSHA256:...", a.passwordHash());
        a.disable();
        assertFalse(a.enabled());
        assertFalse(a.canLogIn());
        a.enable();
        assertTrue(a.enabled());
        assertTrue(a.canLogIn());
        a.changePasswordHash(null);
        assertFalse(a.canLogIn());
    }

    @Test
    void aTokenNeedsOnlyAnEnabledAccount() {
        Account a = account("jeanne");
        assertTrue(a.canLogInWithToken());
        a.disable();
        assertFalse(a.canLogInWithToken());
        a.enable();
        assertTrue(a.canLogInWithToken());
    }


    @Test
    void anAccountBelongsToOnePersonAtATime() {
        Account a = account("nolwenn");
        assertNull(a.personId());
        a.belongTo(42);
        assertEquals(42L, a.personId());
        assertEquals(42L, a.auditState().get("personId"));
        a.belongTo(43);
        assertEquals(43L, a.personId(), "relinking moves it");
        a.detachFromPerson();
        assertNull(a.personId());
        assertTrue(a.enabled(), "unlinking is not disabling");
    }

    @Test
    void theAuditTrailKeepsRolesInOrderButNeverThePasswordHash() {
        Account a = new Account("jeanne", "Jeanne Martin", null, Language.EN,
                EnumSet.of(Role.TREASURER, Role.ADMIN), NOW);
        a.changePasswordHash("PBKDF2WithHmacSHA512:210000:salt:hash");
        var state = a.auditState();
        assertEquals(Set.of("username", "displayName", "email", "language", "roles", "enabled", "personId"),
                state.keySet());
        assertEquals("ADMIN, TREASURER", state.get("roles"));
        assertEquals(Language.EN, state.get("language"));
        assertEquals(true, state.get("enabled"));
        assertNull(state.get("email"));
    }
}
