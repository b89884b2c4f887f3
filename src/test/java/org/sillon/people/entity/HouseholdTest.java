package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Language;
import org.sillon.people.boundary.PersonDetails;

class HouseholdTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private static Person person(String first, String last) {
        return new Person(new PersonDetails(null, first, last, null, null, null, null, Language.FR), NOW);
    }

    @Test
    void aHouseholdStartsWithItsMainContactAsMember() {
        Person jeanne = person("Jeanne", "Martin");
        Household h = new Household("Famille Martin", jeanne, NOW);
        assertEquals("Famille Martin", h.name());
        assertSame(jeanne, h.mainContact());
        assertEquals(List.of(jeanne), h.members());
        assertSame(h, jeanne.household());
        assertEquals(NOW, h.createdAt());
    }

    @Test
    void aHouseholdNeedsAMainContact() {
        InvalidValue e = assertThrows(InvalidValue.class, () -> new Household("Foyer", null, NOW));
        assertEquals("mainContactId", e.field());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t \n"})
    void aBlankNameBecomesFoyerAndTheUpperCasedLastName(String name) {
        Household h = new Household(name, person("Jeanne", "Martin"), NOW);
        assertEquals("Foyer MARTIN", h.name());
    }

    @Test
    void theDefaultNameUpperCasesTheWholeLastName() {
        assertEquals("Foyer DE LA TOUR", new Household(null, person("Jean", " de  la Tour "), NOW).name());
        assertEquals("Foyer LEFÈVRE", new Household(" ", person("Anne", "Lefèvre"), NOW).name());
    }

    @Test
    void theDefaultNameDoesNotDependOnTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("Foyer SMITH", new Household(null, person("John", "Smith"), NOW).name());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theNameIsTrimmedAndCollapsed() {
        Household h = new Household("  Les   Martin  ", person("Jeanne", "Martin"), NOW);
        assertEquals("Les Martin", h.name());
    }

    @Test
    void aNameHasAtMost150Characters() {
        String longest = "f".repeat(150);
        assertEquals(longest, new Household(longest, person("Jeanne", "Martin"), NOW).name());
        InvalidValue e = assertThrows(InvalidValue.class,
                () -> new Household(longest + "f", person("Jeanne", "Martin"), NOW));
        assertEquals("name", e.field());
    }

    @Test
    void renameKeepsTheRulesOfTheName() {
        Household h = new Household("Famille Martin", person("Jeanne", "Martin"), NOW);
        h.rename(" Les  Martin-Dupont ");
        assertEquals("Les Martin-Dupont", h.name());
        h.rename("");
        assertEquals("Foyer MARTIN", h.name());
        InvalidValue e = assertThrows(InvalidValue.class, () -> h.rename("x".repeat(151)));
        assertEquals("name", e.field());
        assertEquals("Foyer MARTIN", h.name());
    }

    @Test
    void addMember() {
        Person jeanne = person("Jeanne", "Martin");
        Person paul = person("Paul", "Martin");
        Household h = new Household(null, jeanne, NOW);
        h.addMember(paul);
        assertEquals(List.of(jeanne, paul), h.members());
        assertSame(h, paul.household());
        assertSame(jeanne, h.mainContact());
    }

    @Test
    void addingAMemberTwiceChangesNothing() {
        Person jeanne = person("Jeanne", "Martin");
        Person paul = person("Paul", "Martin");
        Household h = new Household(null, jeanne, NOW);
        h.addMember(paul);
        h.addMember(paul);
        h.addMember(jeanne);
        assertEquals(List.of(jeanne, paul), h.members());
    }

    @Test
    void addMemberRefusesAPersonOfAnotherHousehold() {
        Person jeanne = person("Jeanne", "Martin");
        Person paul = person("Paul", "Durand");
        Household martin = new Household(null, jeanne, NOW);
        Household durand = new Household(null, paul, NOW);
        InvalidValue e = assertThrows(InvalidValue.class, () -> martin.addMember(paul));
        assertEquals("memberIds", e.field());
        assertTrue(e.getMessage().contains("Paul Durand"), e.getMessage());
        assertTrue(e.getMessage().contains("Foyer DURAND"), e.getMessage());
        assertEquals(List.of(jeanne), martin.members());
        assertSame(durand, paul.household());
    }

    @Test
    void aMainContactOfAnotherHouseholdIsRefused() {
        Person jeanne = person("Jeanne", "Martin");
        new Household(null, jeanne, NOW);
        InvalidValue e = assertThrows(InvalidValue.class, () -> new Household("Autre", jeanne, NOW));
        assertEquals("memberIds", e.field());
    }

    @Test
    void removeMember() {
        Person jeanne = person("Jeanne", "Martin");
        Person paul = person("Paul", "Martin");
        Household h = new Household(null, jeanne, NOW);
        h.addMember(paul);
        h.removeMember(paul);
        assertEquals(List.of(jeanne), h.members());
        assertNull(paul.household());
        // once out, the person may join another household
        Household other = new Household(null, person("Anne", "Durand"), NOW);
        other.addMember(paul);
        assertSame(other, paul.household());
    }

    @Test
    void removingSomeoneWhoIsNotAMemberChangesNothing() {
        Person jeanne = person("Jeanne", "Martin");
        Person stranger = person("Paul", "Durand");
        Household h = new Household(null, jeanne, NOW);
        Household other = new Household(null, stranger, NOW);
        h.removeMember(stranger);
        assertEquals(List.of(jeanne), h.members());
        assertSame(other, stranger.household());
    }

    @Test
    void removeMemberRefusesTheMainContact() {
        Person jeanne = person("Jeanne", "Martin");
        Household h = new Household(null, jeanne, NOW);
        h.addMember(person("Paul", "Martin"));
        InvalidValue e = assertThrows(InvalidValue.class, () -> h.removeMember(jeanne));
        assertEquals("mainContactId", e.field());
        assertTrue(h.members().contains(jeanne));
        assertSame(h, jeanne.household());
        assertSame(jeanne, h.mainContact());
    }

    @Test
    void designateMainContactRequiresMembership() {
        Person jeanne = person("Jeanne", "Martin");
        Household h = new Household(null, jeanne, NOW);
        InvalidValue e = assertThrows(InvalidValue.class, () -> h.designateMainContact(person("Paul", "Durand")));
        assertEquals("mainContactId", e.field());
        assertSame(jeanne, h.mainContact());
    }

    @Test
    void anotherMainContactLetsTheFormerOneLeave() {
        Person jeanne = person("Jeanne", "Martin");
        Person paul = person("Paul", "Martin");
        Household h = new Household(null, jeanne, NOW);
        h.addMember(paul);
        h.designateMainContact(paul);
        assertSame(paul, h.mainContact());
        h.removeMember(jeanne);
        assertEquals(List.of(paul), h.members());
        assertNull(jeanne.household());
    }

    @Test
    void dissolveLetsEveryMemberGo() {
        Person jeanne = person("Jeanne", "Martin");
        Person paul = person("Paul", "Martin");
        Household h = new Household(null, jeanne, NOW);
        h.addMember(paul);
        h.dissolve();
        assertTrue(h.members().isEmpty());
        assertNull(h.mainContact());
        assertNull(jeanne.household());
        assertNull(paul.household());
        Household other = new Household(null, jeanne, NOW);
        other.addMember(paul);
        assertEquals(List.of(jeanne, paul), other.members());
    }

    @Test
    void membersCannotBeChangedFromOutside() {
        Household h = new Household(null, person("Jeanne", "Martin"), NOW);
        Person paul = person("Paul", "Martin");
        assertThrows(UnsupportedOperationException.class, () -> h.members().add(paul));
        assertNull(paul.household());
    }
}
