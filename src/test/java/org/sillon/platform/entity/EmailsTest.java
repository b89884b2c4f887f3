package org.sillon.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', ignoreLeadingAndTrailingWhitespace = false, value = {
            "jeanne.martin@example.fr;jeanne.martin@example.fr",
            "  Jeanne.Martin@Example.FR  ;jeanne.martin@example.fr",
            "a_b-c@sub.domaine.co.uk;a_b-c@sub.domaine.co.uk"
    })
    void normaliseTrimsAndLowerCases(String raw, String expected) {
        assertEquals(expected, Emails.normalise(raw));
    }

    @Test
    void normaliseStripsTabsAndNewlines() {
        assertEquals("jean+paniers@jardins-du-sillon.org", Emails.normalise("\tJEAN+paniers@Jardins-du-Sillon.org\n"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   \t ", "\n"})
    void blankMeansNone(String raw) {
        assertNull(Emails.normalise(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a@b", "no-at", "a b@c.fr", "x..y@z.fr", "jeanne@example..fr", "a@@b.fr", "a@b@c.fr", "@example.fr",
            "jeanne@", "jeanne@.fr", "jeanne@example.f", "jeanne@example.fr.", "jeanne martin@example.fr",
            "jeanne@exa mple.fr"
    })
    void refusesWhatIsNotAnAddress(String raw) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Emails.normalise(raw));
        assertEquals("is not a valid email address", e.getMessage());
    }

    @Test
    void refusesAnAddressLongerThan254Characters() {
        String domain = "@example.fr"; // 11 characters
        String longest = "a".repeat(Emails.MAX_LENGTH - domain.length()) + domain;
        assertEquals(254, longest.length());
        assertEquals(longest, Emails.normalise(longest));
        assertEquals(longest, Emails.normalise("  " + longest.toUpperCase() + "  "));

        String tooLong = "a" + longest;
        assertThrows(IllegalArgumentException.class, () -> Emails.normalise(tooLong));
    }
}
