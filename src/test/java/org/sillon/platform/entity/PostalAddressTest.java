package org.sillon.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostalAddressTest {

    @Test
    void partsAreTrimmedAndInnerWhitespaceCollapsed() {
        PostalAddress a = new PostalAddress("  12   rue des  Lilas ", "\tBâtiment B ", " 69003 ", "  Lyon  ", " fr ");
        assertEquals("12 rue des Lilas", a.line1());
        assertEquals("Bâtiment B", a.line2());
        assertEquals("69003", a.postalCode());
        assertEquals("Lyon", a.city());
        assertEquals("FR", a.country());
        assertFalse(a.isEmpty());
    }

    @Test
    void blankPartsBecomeNull() {
        PostalAddress a = new PostalAddress("1 place du Marché", "   ", "", "Nantes", null);
        assertEquals("1 place du Marché", a.line1());
        assertNull(a.line2());
        assertNull(a.postalCode());
        assertEquals("Nantes", a.city());
    }

    @Test
    void countryDefaultsToFranceWhenAnyPartIsGiven() {
        assertEquals("FR", new PostalAddress("1 rue Haute", null, null, null, null).country());
        assertEquals("FR", new PostalAddress(null, "Appartement 3", null, null, "  ").country());
        assertEquals("FR", new PostalAddress(null, null, "44000", null, "").country());
        assertEquals("FR", new PostalAddress(null, null, null, "Nantes", null).country());
    }

    @Test
    void anAddressWithNothingHasNoCountryAndIsEmpty() {
        PostalAddress a = new PostalAddress(null, " ", "", "\t", null);
        assertTrue(a.isEmpty());
        assertNull(a.line1());
        assertNull(a.line2());
        assertNull(a.postalCode());
        assertNull(a.city());
        assertNull(a.country());
        assertEquals(new PostalAddress(null, null, null, null, null), a);
    }

    @Test
    void aCountryAloneIsStillEmpty() {
        PostalAddress a = new PostalAddress(null, null, null, null, "be");
        assertTrue(a.isEmpty());
        assertEquals("BE", a.country());
    }

    @Test
    void countryIsUpperCased() {
        assertEquals("BE", new PostalAddress("Rue Neuve 1", null, "1000", "Bruxelles", "be").country());
        assertEquals("DE", new PostalAddress("Hauptstraße 5", null, "10115", "Berlin", "De").country());
    }

    @ParameterizedTest
    @ValueSource(strings = {"FRA", "F", "F1", "12", "France", "F R", "É1"})
    void aBadCountryCodeIsRefusedOnTheCountryField(String country) {
        InvalidValue e = assertThrows(InvalidValue.class,
                () -> new PostalAddress("1 rue Haute", null, "75001", "Paris", country));
        assertEquals("address.country", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7500", "750011", "75 001", "2A004", "ABCDE", "7500a", "75-001"})
    void aFrenchPostalCodeMustBeFiveDigits(String postalCode) {
        InvalidValue e = assertThrows(InvalidValue.class,
                () -> new PostalAddress("1 rue Haute", null, postalCode, "Paris", "FR"));
        assertEquals("address.postalCode", e.field());
        InvalidValue defaulted = assertThrows(InvalidValue.class,
                () -> new PostalAddress("1 rue Haute", null, postalCode, "Paris", null));
        assertEquals("address.postalCode", defaulted.field());
        InvalidValue lowerCase = assertThrows(InvalidValue.class,
                () -> new PostalAddress("1 rue Haute", null, postalCode, "Paris", "fr"));
        assertEquals("address.postalCode", lowerCase.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"75001", "01000", "97400", "20000"})
    void aFiveDigitFrenchPostalCodeIsAccepted(String postalCode) {
        assertEquals(postalCode, new PostalAddress("1 rue Haute", null, postalCode, "Ville", "FR").postalCode());
    }

    @Test
    void aFrenchAddressNeedNotHaveAPostalCode() {
        PostalAddress a = new PostalAddress("Lieu-dit Les Granges", null, null, "Saint-Jean", "FR");
        assertNull(a.postalCode());
        assertEquals("FR", a.country());
    }

    @Test
    void foreignPostalCodesAreTakenAsGiven() {
        assertEquals("SW1A 1AA", new PostalAddress("10 Downing Street", null, "SW1A 1AA", "London", "GB").postalCode());
        assertEquals("1000", new PostalAddress("Rue Neuve 1", null, "1000", "Bruxelles", "BE").postalCode());
        assertEquals("H2X 1Y4", new PostalAddress("1 rue Saint-Denis", null, " H2X  1Y4 ", "Montréal", "ca").postalCode());
        assertEquals("1204", new PostalAddress("Rue du Rhône 1", null, "1204", "Genève", "CH").postalCode());
    }

    @Test
    void equalityIsOnTheNormalisedParts() {
        PostalAddress a = new PostalAddress("12 rue des Lilas", null, "69003", "Lyon", null);
        PostalAddress b = new PostalAddress(" 12  rue des Lilas ", "  ", "69003", "Lyon ", "fr");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new PostalAddress("12 rue des Lilas", null, "69003", "Lyon", "BE"));
        assertNotEquals(a, new PostalAddress("14 rue des Lilas", null, "69003", "Lyon", null));
    }

    @Test
    void eachPartFitsItsColumnOrIsRefusedByName() {
        assertEquals("x".repeat(100), new PostalAddress(null, null, null, "x".repeat(100), "FR").city());
        assertEquals("address.city", assertThrows(InvalidValue.class,
                () -> new PostalAddress(null, null, null, "x".repeat(101), "FR")).field());
        assertEquals("address.line1", assertThrows(InvalidValue.class,
                () -> new PostalAddress("x".repeat(201), null, null, null, "FR")).field());
        assertEquals("address.postalCode", assertThrows(InvalidValue.class,
                () -> new PostalAddress(null, null, "1".repeat(17), null, "GB")).field());
    }
}
