package org.sillon.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SiretTest {

    @Test
    void aValidSiretIsKeptAsFourteenDigits() {
        assertEquals("99999999900017", Siret.normalise("999 999 999 00017"));
        assertEquals("99999999900017", Siret.normalise("999.999.999.00017"));
    }

    @Test
    void blankMeansNone() {
        assertNull(Siret.normalise("  "));
        assertNull(Siret.normalise(null));
    }

    @Test
    void laPosteEstablishmentsUseTheSumOfDigits() {
        // SIREN 356 000 000: the digit sum must be a multiple of 5 (3+5+6 + 0+0+0+0+1 = 15)
        assertEquals("35600000000010", Siret.normalise("35600000000010"));
        assertThrows(IllegalArgumentException.class, () -> Siret.normalise("35600000000011"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999900018", "1234567890123", "123456789012345", "9999999990001A"})
    void wrongLengthLettersOrCheckDigitAreRefused(String siret) {
        assertThrows(IllegalArgumentException.class, () -> Siret.normalise(siret));
    }
}
