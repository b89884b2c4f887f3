package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.people.boundary.Civility;
import org.sillon.people.boundary.PersonDetails;

class PersonTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private static PersonDetails details(String first, String last, String email, String phone, String mobile) {
        return new PersonDetails(Civility.MRS, first, last, email, phone, mobile, null, Language.FR);
    }

    private static String refusedField(PersonDetails d) {
        return assertThrows(InvalidValue.class, () -> new Person(d, NOW)).field();
    }

    @Test
    void aNewPersonIsNormalised() {
        PostalAddress address = new PostalAddress("12 rue des Lilas", null, "69003", "Lyon", null);
        Person p = new Person(new PersonDetails(Civility.MRS, "  Jeanne  ", " Martin ", " Jeanne.Martin@Example.FR ",
                "01 42 68 53 00", "06 12 34 56 78", address, Language.EN), NOW);
        assertEquals(Civility.MRS, p.civility());
        assertEquals("Jeanne", p.firstName());
        assertEquals("Martin", p.lastName());
        assertEquals("Jeanne Martin", p.fullName());
        assertEquals("jeanne.martin@example.fr", p.email());
        assertEquals("+33142685300", p.phone());
        assertEquals("+33612345678", p.mobilePhone());
        assertEquals(address, p.address());
        assertEquals(Language.EN, p.language());
        assertEquals(NOW, p.createdAt());
        assertEquals(NOW, p.updatedAt());
        assertNull(p.household());
        assertNull(p.id());
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnce() {
        InvalidValue refused = assertThrows(InvalidValue.class,
                () -> new Person(details("", "Martin", "not an email", "12345", "06 12 34 56 78"), NOW));
        assertEquals(java.util.List.of("firstName", "email", "phone"),
                refused.faults().stream().map(InvalidValue::field).toList());
        assertEquals("firstName", refused.field());
    }

    @Test
    void innerWhitespaceOfNamesIsCollapsed() {
        Person p = new Person(details(" Jean   Pierre ", "de\tla   Tour", null, null, null), NOW);
        assertEquals("Jean Pierre", p.firstName());
        assertEquals("de la Tour", p.lastName());
    }

    @Test
    void foreignPhonesAreKeptInE164() {
        Person p = new Person(details("John", "Smith", null, "+44 20 7946 0958", null), NOW);
        assertEquals("+442079460958", p.phone());
    }

    @Test
    void optionalPartsMayBeBlank() {
        Person p = new Person(new PersonDetails(null, "Jeanne", "Martin", "  ", "", " ", null, null), NOW);
        assertNull(p.civility());
        assertNull(p.email());
        assertNull(p.phone());
        assertNull(p.mobilePhone());
        assertNull(p.address());
        assertEquals(Language.FR, p.language());
    }

    @Test
    void anEmptyAddressIsNoAddress() {
        Person p = new Person(new PersonDetails(null, "Jeanne", "Martin", null, null, null,
                new PostalAddress(" ", null, "", null, null), Language.FR), NOW);
        assertNull(p.address());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aFirstNameIsRequired(String first) {
        assertEquals("firstName", refusedField(details(first, "Martin", null, null, null)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void aLastNameIsRequired(String last) {
        assertEquals("lastName", refusedField(details("Jeanne", last, null, null, null)));
    }

    @Test
    void namesHaveAtMost100Characters() {
        String longest = "n".repeat(100);
        assertEquals(longest, new Person(details(longest, longest, null, null, null), NOW).firstName());
        assertEquals("firstName", refusedField(details(longest + "n", "Martin", null, null, null)));
        assertEquals("lastName", refusedField(details("Jeanne", longest + "n", null, null, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "no-at", "a b@c.fr", "x..y@z.fr"})
    void anInvalidEmailIsRefusedOnTheEmailField(String email) {
        assertEquals("email", refusedField(details("Jeanne", "Martin", email, null, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "06 12 34", "abc", "00 00 00 00 00"})
    void anInvalidPhoneIsRefusedOnItsField(String phone) {
        assertEquals("phone", refusedField(details("Jeanne", "Martin", null, phone, null)));
        assertEquals("mobilePhone", refusedField(details("Jeanne", "Martin", null, null, phone)));
    }

    @Test
    void aBadAddressIsRefusedOnItsField() {
        InvalidValue e = assertThrows(InvalidValue.class, () -> new Person(new PersonDetails(null, "Jeanne", "Martin",
                null, null, null, new PostalAddress("1 rue", null, "7500", "Paris", "FR"), null), NOW));
        assertEquals("address.postalCode", e.field());
    }

    @Test
    void describeReplacesWhatIsKnownAndKeepsTheCreationTime() {
        Person p = new Person(details("Jeanne", "Martin", "jeanne@example.fr", "0142685300", "0612345678"), NOW);
        p.describe(new PersonDetails(Civility.MX, "Jeanne", "Dupont", null, null, "+33 6 98 76 54 32", null,
                Language.EN), LATER);
        assertEquals(Civility.MX, p.civility());
        assertEquals("Dupont", p.lastName());
        assertNull(p.email());
        assertNull(p.phone());
        assertEquals("+33698765432", p.mobilePhone());
        assertEquals(Language.EN, p.language());
        assertEquals(NOW, p.createdAt());
        assertEquals(LATER, p.updatedAt());
    }

    @Test
    void aRefusedDescriptionChangesNothing() {
        Person p = new Person(details("Jeanne", "Martin", "jeanne@example.fr", "0142685300", "0612345678"), NOW);
        InvalidValue e = assertThrows(InvalidValue.class, () -> p.describe(
                details("Paul", "Durand", "paul@example.fr", "0142685300", "not a phone"), LATER));
        assertEquals("mobilePhone", e.field());
        assertEquals("Jeanne", p.firstName());
        assertEquals("Martin", p.lastName());
        assertEquals("jeanne@example.fr", p.email());
        assertEquals("+33612345678", p.mobilePhone());
        assertEquals(NOW, p.updatedAt());
    }
}
