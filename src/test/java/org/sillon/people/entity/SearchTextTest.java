package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void aPersonIsFoundByNamesEmailPhonesCityAndPostalCodeWithoutAccentsOrCapitals() {
        assertEquals("helene cote h.cote@example.fr +33142685300 +33612345678 saint etienne 42000",
                Person.searchText("Hélène", "Côté", "h.cote@example.fr", "+33142685300", "+33612345678",
                        "Saint-Étienne", "42000"));
    }

    @Test
    void missingPartsAreLeftOut() {
        assertEquals("jo lefevre", Person.searchText("Jo", "LEFÈVRE", null, null, "", null, null));
    }

    @Test
    void householdsAndOrganisationsFoldTheirOwnFields() {
        assertEquals("foyer lefevre", Household.searchText("Foyer LEFÈVRE"));
        assertEquals("creche les p tits loups contact@loups.fr 73282932000074 besancon",
                Organisation.searchText("Crèche « Les P'tits Loups »", "contact@loups.fr", "73282932000074", "Besançon"));
    }
}
