package org.sillon.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void anAdherentIsTheirPersonInTheirHouseholdAndNotStaff() {
        Caller adherent = new Caller("nolwenn", "Nolwenn Le Bihan", Set.of(Role.ADHERENT), 12L, 7L);
        assertTrue(adherent.in(Audience.EVERYONE));
        assertFalse(adherent.in(Audience.STAFF));
        assertFalse(adherent.isAdmin());
        assertEquals(Optional.of(12L), adherent.person());
        assertEquals(Optional.of(7L), adherent.household());
        assertEquals("Nolwenn Le Bihan", adherent.name());
    }

    @Test
    void aStaffMemberWithoutPersonHasNoHousehold() {
        Caller admin = new Caller("camille", null, EnumSet.of(Role.ADMIN, Role.TREASURER), null, null);
        assertTrue(admin.isAdmin());
        assertTrue(admin.in(Audience.SOLIDARITY_READERS));
        assertFalse(new Caller("yannick", null, Set.of(Role.TREASURER), null, null).in(Audience.REGISTRY_EDITORS));
        assertEquals(Optional.empty(), admin.person());
        assertEquals(Optional.empty(), admin.household());
        assertEquals("camille", admin.name(), "the username when there is no display name");
    }

    @Test
    void isComparesTheUsernameExactly() {
        Caller anim = new Caller("anim", null, Set.of(Role.ANIMATOR), null, null);
        assertTrue(anim.is("anim"));
        assertFalse(anim.is("other"));
        assertFalse(anim.is(null));
        assertFalse(Caller.anonymous().is(null), "nobody is nobody's author");
    }

    @Test
    void anonymousHasNoRolesAndIsNobody() {
        Caller nobody = Caller.anonymous();
        assertTrue(nobody.isAnonymous());
        assertFalse(nobody.in(Audience.EVERYONE));
        assertTrue(nobody.roles().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new Caller(null, null, Set.of(Role.ADMIN), null, null));
        assertThrows(IllegalArgumentException.class, () -> new Caller(null, null, Set.of(), 3L, null));
    }

    @Test
    void aHouseholdComesWithAPerson() {
        assertThrows(IllegalArgumentException.class, () -> new Caller("x", null, Set.of(Role.ADHERENT), null, 7L));
        assertEquals(Optional.empty(), new Caller("x", null, Set.of(Role.ADHERENT), 3L, null).household(),
                "a person in no household");
    }

    @Test
    void theSystemIsNamedTrustedAsStaffAndNobodyInTheRegistry() {
        Caller demo = Caller.system("demo");
        assertEquals("demo", demo.username());
        assertTrue(demo.isAdmin());
        assertTrue(demo.in(Audience.REGISTRY_EDITORS));
        assertFalse(demo.roles().contains(Role.ADHERENT));
        assertEquals(Optional.empty(), demo.person());
        assertThrows(IllegalArgumentException.class, () -> Caller.system(" "));
    }

    @Test
    void itsRolesCannotBeChangedFromOutside() {
        Set<Role> roles = new HashSet<>(Set.of(Role.GARDEN));
        Caller garden = new Caller("jardin", null, roles, null, null);
        roles.add(Role.ADMIN);
        assertFalse(garden.isAdmin());
        assertThrows(UnsupportedOperationException.class, () -> garden.roles().add(Role.ADMIN));
    }
}
