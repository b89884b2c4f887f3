package org.sillon.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sillon.accounts.control.PasswordPolicy;
import org.sillon.accounts.entity.Account;
import org.sillon.exchange.entity.ImportStatus;
import org.sillon.people.boundary.OrganisationDetails;
import org.sillon.people.boundary.OrganisationKind;
import org.sillon.people.boundary.PersonDetails;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.Organisation;
import org.sillon.people.entity.Person;
import org.sillon.platform.boundary.Role;

class MessageTest {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale EN = Locale.ENGLISH;
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aMessageIsWordedInFrenchOrEnglish() {
        Message taken = Message.of("person.emailTaken", "anne@example.org");
        assertEquals("another person already has the email anne@example.org", taken.text(EN));
        assertEquals("une autre personne a déjà l'adresse anne@example.org", taken.text(FR));
        assertEquals("une autre personne a déjà l'adresse anne@example.org", taken.text(Locale.CANADA_FRENCH));
        assertEquals("another person already has the email anne@example.org", taken.toString(), "logs read English");
    }

    @Test
    void aLanguageSillonDoesNotSpeakGetsEnglish() {
        Message required = Message.of("required");
        assertEquals("is required", required.text(Locale.GERMAN));
        assertEquals("is required", required.text(null));
    }

    @Test
    void argumentsAreShownAsTheyAreWithoutDigitGroupingAndDatesAsThePagesShowThem() {
        Message between = Message.of("between", 1, 10_485_760L);
        assertEquals("must be between 1 and 10485760", between.text(EN));
        assertEquals("doit être entre 1 et 10485760", between.text(FR));
        assertEquals("ne peut pas précéder le dernier changement de statut, le 02/11/2026",
                Message.of("household.statusBefore", LocalDate.of(2026, 11, 2)).text(FR));
        assertEquals("another person already has the email null", Message.of("person.emailTaken", (Object) null).text(EN));
    }

    @Test
    void aMessageInAnotherIsWordedInTheSameLanguage() {
        Message line = Message.of("json.item", 2, Message.of("json.wrongType", Message.of("json.kind.number"),
                Message.of("json.kind.string")));
        assertEquals("item 2: must be a number, not a string", line.text(EN));
        assertEquals("élément 2 : doit être un nombre, pas une chaîne", line.text(FR));
    }

    @Test
    void anEnumIsShownByItsLabelAndAListItemByItem() {
        assertEquals("the import has already run (done)", Message.of("import.alreadyRun", ImportStatus.DONE).text(EN));
        assertEquals("l'import a déjà été lancé (terminé)", Message.of("import.alreadyRun", ImportStatus.DONE).text(FR));
        Message both = Message.of("verbatim", List.of(Message.of("required"), "as it is"));
        assertEquals("is required; as it is", both.text(EN));
        assertEquals("obligatoire ; as it is", both.text(FR));
    }

    @Test
    void anUnknownKeyFailsWhereTheMessageIsMade() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Message.of("no.such.key"));
        assertTrue(e.getMessage().contains("no.such.key"), e.getMessage());
    }

    @Test
    void messagesWithTheSameKeyAndArgumentsAreEqual() {
        assertEquals(Message.of("max.length", 100), Message.of("max.length", 100));
        assertNotEquals(Message.of("max.length", 100), Message.of("max.length", 120));
    }

    @Test
    void anApiCallerGetsTheLanguageItPrefersAndEnglishWhenItNamesNone() {
        assertEquals(Language.EN, Language.accepted(null));
        assertEquals(Language.EN, Language.accepted(""));
        assertEquals(Language.FR, Language.accepted("fr"));
        assertEquals(Language.FR, Language.accepted("fr-FR,fr;q=0.9,en;q=0.8"));
        assertEquals(Language.FR, Language.accepted("de, fr;q=0.5"));
        assertEquals(Language.EN, Language.accepted("en-GB"));
        assertEquals(Language.EN, Language.accepted("fr;q=0, en"));
        assertEquals(Language.EN, Language.accepted("de"));
        assertEquals(Language.EN, Language.accepted("*"));
        assertEquals(Language.EN, Language.accepted("fr;q=nonsense"), "a malformed header is ignored");
    }

    static Stream<Supplier<Object>> refusals() {
        PersonDetails ok = new PersonDetails(null, "Anne", "Le Gall", null, null, null, null, Language.FR);
        return Stream.of(
                () -> new Person(new PersonDetails(null, " ", "Le Gall", null, null, null, null, null), NOW),
                () -> new Person(new PersonDetails(null, "A", "B", "x@", null, null, null, null), NOW),
                () -> new Person(new PersonDetails(null, "A", "B", null, "12", null, null, null), NOW),
                () -> new Person(new PersonDetails(null, "A".repeat(101), "B", null, null, null, null, null), NOW),
                () -> new PostalAddress(null, null, "5627", "Ploemeur", "FR"),
                () -> new PostalAddress(null, null, null, "Ploemeur", "FRA"),
                () -> new Organisation(new OrganisationDetails("X", OrganisationKind.COMPANY, Set.of(),
                        "99999999900018", null, null, null), NOW),
                () -> new Organisation(new OrganisationDetails("X", OrganisationKind.COMPANY, Set.of(),
                        "123", null, null, null), NOW),
                () -> new Account("A B", "x", null, null, EnumSet.noneOf(Role.class), NOW),
                () -> new Account("anne", " ", null, null, Set.of(Role.GARDEN), NOW),
                () -> new Account("anne", "Anne", null, null, Set.of(), NOW),
                () -> Money.parse("douze"),
                () -> {
                    PasswordPolicy.check("anne", "short");
                    return null;
                },
                () -> {
                    PasswordPolicy.check("anne", "aaaaaaaaaaaaaaa");
                    return null;
                },
                () -> {
                    PasswordPolicy.check("annelegall12345", "annelegall12345");
                    return null;
                },
                () -> {
                    Person anne = new Person(ok, NOW);
                    Household a = new Household(null, anne, NOW);
                    new Household(null, new Person(ok, NOW), NOW).addMember(anne);
                    return a;
                },
                () -> {
                    Person anne = new Person(ok, NOW);
                    new Household(null, anne, NOW).removeMember(anne);
                    return null;
                });
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void theRefusalsOfTheRulesHaveAFrenchText(Supplier<Object> rule) {
        InvalidValue refusal = assertThrows(InvalidValue.class, rule::get);
        assertEquals(refusal.getMessage(), refusal.message().text(EN));
        assertNotEquals(refusal.message().text(EN), refusal.message().text(FR), "no French for: " + refusal.getMessage());
    }
}
