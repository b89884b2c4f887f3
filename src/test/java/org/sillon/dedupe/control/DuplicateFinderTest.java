package org.sillon.dedupe.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillon.dedupe.control.DuplicateScore.Match;
import org.sillon.dedupe.control.DuplicateScore.Sketch;

class DuplicateFinderTest {

    private static final List<Sketch> PERSONS = List.of(
            Sketch.of(1, "Hélène", "Lefèvre", null, null, null, "3 rue des Ajoncs", "56270", null),
            Sketch.of(2, "Helene", "Lefevre", null, null, null, "3 rue des Ajoncs", "56270", null),
            Sketch.of(3, "Helene", "Lefebvre", null, null, null, null, null, null),
            Sketch.of(4, "Yann", "Tanguy", "yann@example.org", null, null, null, null, null),
            Sketch.of(5, "Y.", "Tanguy", "Yann+jardin@example.org", null, null, null, null, null),
            Sketch.of(6, "Goulven", "Quéré", null, "+33297000000", null, null, null, null),
            Sketch.of(7, "Katell", "Quéré", null, "+33297000000", null, null, null, null),
            Sketch.of(8, "Quéré", "Katell", null, null, null, null, null, null));

    @Test
    void findsPairsAboveTheThresholdBestFirst() {
        List<Match> found = DuplicateFinder.find(PERSONS, 35, 100, (low, high) -> false);
        assertEquals(List.of("1-2:90", "4-5:80", "7-8:45", "1-3:35", "2-3:35"),
                found.stream().map(m -> m.lowId() + "-" + m.highId() + ":" + m.score()).toList());
        assertTrue(DuplicateFinder.find(PERSONS, 30, 100, (low, high) -> false).stream()
                .anyMatch(m -> m.lowId() == 6 && m.highId() == 7), "a shared phone alone scores 30");
    }

    @Test
    void dismissedPairsAreLeftOut() {
        List<Match> found = DuplicateFinder.find(PERSONS, 35, 100, (low, high) -> low == 1 && high == 2);
        assertTrue(found.stream().noneMatch(m -> m.lowId() == 1 && m.highId() == 2));
        assertEquals(4, found.size());
    }

    @Test
    void aBlockLargerThanTheLimitIsNotCompared() {
        List<Sketch> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(Sketch.of(i, "Anne", "Martin", null, null, null, null, null, null));
        }
        assertEquals(50 * 49 / 2, DuplicateFinder.find(many, 50, 50, (low, high) -> false).size());
        assertEquals(0, DuplicateFinder.find(many, 50, 49, (low, high) -> false).size());
    }
}
