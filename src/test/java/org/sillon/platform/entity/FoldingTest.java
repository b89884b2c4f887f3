package org.sillon.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FoldingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lefèvre|lefevre",
            "LEFÈVRE|lefevre",
            "Hélène  Côté|helene cote",
            "Jean-François|jean francois",
            "d'Œillet|d oeillet",
            "Lætitia|laetitia",
            "Müller-Straße|muller strasse",
            "  Ñúñez |nunez",
            "marie.dupont+jardin@exemple.fr|marie.dupont+jardin@exemple.fr",
            "Ça, c'est!|ca c est",
    })
    void foldsCaseAccentsLigaturesAndPunctuation(String text, String folded) {
        assertEquals(folded, Folding.fold(text));
    }

    @Test
    void nullStaysNullAndBlankBecomesEmpty() {
        assertNull(Folding.fold(null));
        assertEquals("", Folding.fold("  \t "));
    }

    @Test
    void foldAllJoinsTheGivenValuesOnly() {
        assertEquals("lefevre helene rennes", Folding.foldAll("Lefèvre", null, " ", "Hélène", "RENNES"));
        assertEquals("", Folding.foldAll());
    }
}
