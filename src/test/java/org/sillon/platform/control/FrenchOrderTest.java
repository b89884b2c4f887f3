package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrenchOrderTest {

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    @Test
    void householdNamesSortAsTheCollatorSortsThem() {
        List<String> names = List.of("De la Tour", "Delacroix", "D'Artagnan", "Dupont-Aignan", "Dupont Aignan",
                "Dupont", "dupont", "Dupond", "Élodie", "Elodie", "elodie", "Éloïse", "Œuvray", "Oeuvray", "Ofure",
                "Côté", "Cote", "Coté", "côte", "Zoé", "zoe", "Müller", "Muller", "Mueller", "Foyer 10", "Foyer 9",
                "Foyer 100", "L'Huillier", "Lhuillier", "Le Huillier", "Lee", "Le Bon", "Lebon", "Le-Bon", "Ñuñez",
                "Nunez", "Øster", "Oster", "Straße", "Strasse", "M. et Mme Durand", "M & Mme Durand", "Çelik", "Celik",
                "L’Huillier", "De\u00a0la Tour", "Dez", "Martin – Roux", "« Les Lilas »");
        List<String> expected = new ArrayList<>(names);
        expected.sort(FRENCH);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(FrenchOrder.ORDER);
        assertEquals(expected, sorted);
        assertEquals(expected.indexOf("Delacroix") + 1, expected.indexOf("De la Tour"),
                "spaces are ignored, as the collator ignores them");
    }

    @Test
    void anyTwoStringsOfLettersDigitsAndPunctuationCompareAsTheCollatorComparesThem() {
        String alphabet = "aAbeEéÉèêëcçCÇoOœŒôuüùûzZîïÿ -'.,&()/0129ñÑlLhßæ\u00a0’–«»";
        Random random = new Random(20261201);
        for (int i = 0; i < 100_000; i++) {
            String a = text(random, alphabet);
            String b = text(random, alphabet);
            assertEquals(Integer.signum(FRENCH.compare(a, b)), Integer.signum(FrenchOrder.ORDER.compare(a, b)),
                    () -> "[" + a + "] against [" + b + "]");
        }
    }

    private static String text(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int n = 1 + random.nextInt(7); n > 0; n--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
