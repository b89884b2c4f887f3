package org.sillon.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sillon.accounts.control.PasswordPolicy;
import org.sillon.accounts.entity.Account;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.Organisation;
import org.sillon.people.boundary.OrganisationKind;
import org.sillon.people.entity.Person;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.people.boundary.OrganisationDetails;
import org.sillon.people.boundary.PersonDetails;

class ProblemTextsTest {

    private static final Locale FR = Locale.FRENCH;
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void translatesFixedAndParameterisedRefusals() {
        assertEquals("obligatoire", ProblemTexts.translate("is required", FR));
        assertEquals("une autre personne a déjà l'adresse anne@example.org",
                ProblemTexts.translate("another person already has the email anne@example.org", FR));
        assertEquals("Anne Le Gall fait déjà partie du foyer Foyer LE GALL : retirez-l'en d'abord",
                ProblemTexts.translate("Anne Le Gall already belongs to the household Foyer LE GALL; remove them from it first", FR));
        assertEquals("des tâches de suivi ouvertes concernent cette fiche : Rappeler Anne (anne), Livrer (yann) ;"
                + " marquez-les comme faites ou supprimez-les d'abord", ProblemTexts.translate("open follow-up tasks are"
                + " about this record: Rappeler Anne (anne), Livrer (yann); mark them done or delete them first", FR));
    }

    @Test
    void englishAndUnknownRefusalsAreShownAsTheyAre() {
        assertEquals("is required", ProblemTexts.translate("is required", Locale.ENGLISH));
        assertEquals("something new", ProblemTexts.translate("something new", FR));
    }

    @Test
    void everyEnglishPatternHasItsFrenchTranslation() {
        ResourceBundle en = ResourceBundle.getBundle("org.sillon.platform.problems", Locale.ENGLISH);
        ResourceBundle fr = ResourceBundle.getBundle("org.sillon.platform.problems", FR);
        for (String key : Collections.list(en.getKeys())) {
            assertTrue(fr.containsKey(key), key);
            assertNotEquals(en.getString(key), fr.getString(key), key);
        }
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
                () -> new Account("A B", "x", null, null, EnumSet.noneOf(org.sillon.platform.boundary.Role.class), NOW),
                () -> new Account("anne", " ", null, null, Set.of(org.sillon.platform.boundary.Role.GARDEN), NOW),
                () -> new Account("anne", "Anne", null, null, Set.of(), NOW),
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
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, rule::get);
        String french = ProblemTexts.translate(refusal.getMessage(), FR);
        assertNotEquals(refusal.getMessage(), french, "no French for: " + refusal.getMessage());
    }
}
