package org.sillon.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "06 12 34 56 78;+33612345678",
            "0612345678;+33612345678",
            "06.12.34.56.78;+33612345678",
            "+33 6 12 34 56 78;+33612345678",
            "0033 6 12 34 56 78;+33612345678",
            "  01 42 68 53 00 ;+33142685300",
            "+44 20 7946 0958;+442079460958",
            "+32 12 34 56 78;+3212345678",
            "+41 21 234 56 78;+41212345678"
    })
    void normaliseGivesE164AndReadsNationalNumbersAsFrench(String raw, String expected) {
        assertEquals(expected, PhoneNumbers.normalise(raw));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\t"})
    void blankMeansNone(String raw) {
        assertNull(PhoneNumbers.normalise(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "06 12 34 56", "06 12 34 56 78 90 12", "00 00 00 00 00", "+44 20 79", "abc",
            "téléphone", "+"})
    void refusesInvalidNumbers(String raw) {
        assertThrows(IllegalArgumentException.class, () -> PhoneNumbers.normalise(raw));
    }

    @Test
    void displayShowsFrenchNumbersInTheNationalForm() {
        assertEquals("06 12 34 56 78", PhoneNumbers.display("+33612345678"));
        assertEquals("01 42 68 53 00", PhoneNumbers.display("+33142685300"));
    }

    @Test
    void displayShowsOtherNumbersInTheInternationalForm() {
        assertEquals("+44 20 7946 0958", PhoneNumbers.display("+442079460958"));
        assertEquals("+32 12 34 56 78", PhoneNumbers.display("+3212345678"));
        assertEquals("+41 21 234 56 78", PhoneNumbers.display("+41212345678"));
    }

    @Test
    void displayRoundTripsWithNormalise() {
        assertEquals("06 12 34 56 78", PhoneNumbers.display(PhoneNumbers.normalise("0612345678")));
        assertEquals("+44 20 7946 0958", PhoneNumbers.display(PhoneNumbers.normalise("+44 20 7946 0958")));
    }

    @Test
    void displayOfNothingIsNothing() {
        assertNull(PhoneNumbers.display(null));
    }

    @Test
    void displayLeavesUnparsableTextAsIs() {
        assertEquals("abc", PhoneNumbers.display("abc"));
    }
}
