package org.sillon.dedupe.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillon.dedupe.control.DuplicateScore.Match;
import org.sillon.dedupe.control.DuplicateScore.Sketch;

class DuplicateScoreTest {

    private static Sketch person(long id, String first, String last) {
        return Sketch.of(id, first, last, null, null, null, null, null, null);
    }

    private static Sketch at(long id, String first, String last, String line1, String postalCode, Long household) {
        return Sketch.of(id, first, last, null, null, null, line1, postalCode, household);
    }

    @Test
    void accentsCaseSpacesAndHyphensDoNotMakeADifferentName() {
        Match m = DuplicateScore.score(person(1, "Hélène", "Lefèvre"), person(2, "HELENE", "lefevre"));
        assertEquals(List.of(DuplicateReason.SAME_NAME), m.reasons());
        assertEquals(50, m.score());
        assertEquals(List.of(DuplicateReason.SAME_NAME),
                DuplicateScore.score(person(1, "Anne", "Le Gall"), person(2, "anne", "Le-Gall")).reasons());
        assertEquals(List.of(DuplicateReason.SAME_NAME),
                DuplicateScore.score(person(1, "Anne", "Le Gall"), person(2, "Anne", "Legall")).reasons());
    }

    @Test
    void swappedNamesAreFound() {
        Match m = DuplicateScore.score(person(1, "Hélène", "Lefèvre"), person(2, "Lefevre", "Helene"));
        assertEquals(List.of(DuplicateReason.SWAPPED_NAMES), m.reasons());
        assertEquals(45, m.score());
    }

    @Test
    void similarNamesAreTypingVariants() {
        assertEquals(List.of(DuplicateReason.SIMILAR_NAME),
                DuplicateScore.score(person(1, "Hélène", "Lefèvre"), person(2, "Helene", "Lefebvre")).reasons());
        assertEquals(List.of(DuplicateReason.SIMILAR_NAME),
                DuplicateScore.score(person(1, "Katell", "Quéré"), person(2, "Katel", "Quere")).reasons());
        assertEquals(35, DuplicateScore.score(person(1, "Hélène", "Lefèvre"), person(2, "Helene", "Lefebvre")).score());
    }

    @Test
    void relativesWithTheSameLastNameAndAddressAreNotDuplicates() {
        Match m = DuplicateScore.score(at(1, "Katell", "Quéré", "3 rue des Ajoncs", "56270", 7L),
                at(2, "Goulven", "Quéré", "3 rue des Ajoncs", "56270", 7L));
        assertTrue(m.reasons().isEmpty(), m.toString());
        assertEquals(0, m.score());
        assertEquals(0, DuplicateScore.score(person(1, "Jean", "Martin"), person(2, "Marc", "Martin")).score());
    }

    @Test
    void theSameNameAtTheSameAddressIsAStrongMatch() {
        Match m = DuplicateScore.score(at(1, "Hélène", "Lefèvre", "3, rue des Ajoncs", "56270", null),
                at(2, "Helene", "LEFEVRE", "3 Rue des Ajoncs", "56270", null));
        assertEquals(List.of(DuplicateReason.SAME_NAME_AND_ADDRESS), m.reasons());
        assertEquals(90, m.score());
        Match similar = DuplicateScore.score(at(1, "Hélène", "Lefèvre", "3 rue des Ajoncs", "56270", 4L),
                at(2, "Helene", "Lefebvre", "3 rue des Ajoncs", "56270", 4L));
        assertEquals(List.of(DuplicateReason.SIMILAR_NAME_AND_ADDRESS, DuplicateReason.SAME_HOUSEHOLD), similar.reasons());
        assertEquals(85, similar.score());
        assertEquals(50, DuplicateScore.score(at(1, "Anne", "Riou", "3 rue des Ajoncs", "56270", null),
                at(2, "Anne", "Riou", "3 rue des Ajoncs", "29200", null)).score(), "another town is another address");
    }

    @Test
    void emailVariantsOfOneAddressAreTheSameEmail() {
        assertEquals("helenelefevre@gmail.com", DuplicateScore.emailKey(" Helene.Lefevre+jardin@GoogleMail.com"));
        assertEquals("jean.marc@orange.fr", DuplicateScore.emailKey("Jean.Marc+cocagne@orange.fr"));
        assertNull(DuplicateScore.emailKey(" "));
        Match m = DuplicateScore.score(Sketch.of(1, "Hélène", "Lefèvre", "helene.lefevre@gmail.com", null, null, null, null, null),
                Sketch.of(2, "Mme", "Lefèvre", "helenelefevre+paniers@gmail.com", null, null, null, null, null));
        assertEquals(List.of(DuplicateReason.SAME_EMAIL), m.reasons());
        assertEquals(80, m.score());
        assertEquals(0, DuplicateScore.score(Sketch.of(1, "A", "B", "jean.marc@orange.fr", null, null, null, null, null),
                Sketch.of(2, "C", "D", "jeanmarc@orange.fr", null, null, null, null, null)).score(),
                "outside Gmail, dots make another mailbox");
    }

    @Test
    void aSharedPhoneAloneStaysBelowTheUsualThresholdButAddsToAName() {
        Sketch a = Sketch.of(1, "Katell", "Quéré", null, "+33297000000", "+33611111111", null, null, null);
        Sketch b = Sketch.of(2, "Goulven", "Quéré", null, null, "+33297000000", null, null, null);
        Sketch c = Sketch.of(3, "Katel", "Quere", null, "+33611111111", null, null, null, null);
        assertEquals(List.of(DuplicateReason.SAME_PHONE), DuplicateScore.score(a, b).reasons());
        assertEquals(30, DuplicateScore.score(a, b).score());
        assertEquals(List.of(DuplicateReason.SAME_PHONE, DuplicateReason.SIMILAR_NAME), DuplicateScore.score(a, c).reasons());
        assertEquals(65, DuplicateScore.score(a, c).score());
    }

    @Test
    void theScoreIsCappedAndThePairIsOrderedByIds() {
        Sketch a = Sketch.of(9, "Anne", "Riou", "anne@example.org", null, "+33611111111", "1 rue Neuve", "56100", 3L);
        Sketch b = Sketch.of(4, "Anne", "Riou", "Anne+x@example.org", null, "+33611111111", "1 rue neuve", "56100", 3L);
        Match m = DuplicateScore.score(a, b);
        assertEquals(100, m.score());
        assertEquals(4, m.lowId());
        assertEquals(9, m.highId());
        assertEquals(List.of(DuplicateReason.SAME_EMAIL, DuplicateReason.SAME_PHONE,
                DuplicateReason.SAME_NAME_AND_ADDRESS, DuplicateReason.SAME_HOUSEHOLD), m.reasons());
    }
}
