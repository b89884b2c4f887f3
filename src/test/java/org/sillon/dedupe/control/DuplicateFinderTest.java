package org.sillon.dedupe.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiPredicate;
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
        List<Match> found = find(PERSONS, 35, 100, (low, high) -> false);
        assertEquals(List.of("1-2:90", "4-5:80", "7-8:45", "1-3:35", "2-3:35"),
                found.stream().map(m -> m.lowId() + "-" + m.highId() + ":" + m.score()).toList());
        assertTrue(find(PERSONS, 30, 100, (low, high) -> false).stream()
                .anyMatch(m -> m.lowId() == 6 && m.highId() == 7), "a shared phone alone scores 30");
    }

    @Test
    void dismissedPairsAreLeftOut() {
        List<Match> found = find(PERSONS, 35, 100, (low, high) -> low == 1 && high == 2);
        assertTrue(found.stream().noneMatch(m -> m.lowId() == 1 && m.highId() == 2));
        assertEquals(4, found.size());
    }

    @Test
    void aBlockLargerThanTheLimitIsNotCompared() {
        List<Sketch> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(Sketch.of(i, "Anne", "Martin", null, null, null, null, null, null));
        }
        assertEquals(50 * 49 / 2, find(many, 50, 50, (low, high) -> false).size());
        assertEquals(0, find(many, 50, 49, (low, high) -> false).size());
    }

    @Test
    void aChangeRescoresOnlyThePairsOfTheBlocksItTouches() {
        DuplicateFinder finder = new DuplicateFinder(35, 100);
        assertEquals(6, finder.update(PERSONS, List.of()), "the first update scores every pair within blocks");
        assertEquals(0, finder.update(List.of(), List.of()), "nothing changed, nothing scored");
        // Katell Quéré (7) moves to Lorient: only her own pairs are scored again, with Goulven (their phone)
        // and with "Quéré Katell" (her name); her two new blocks hold no one else
        assertEquals(2, finder.update(List.of(Sketch.of(7, "Katell", "Quéré", null, "+33297000000", null,
                "1 quai des Indes", "56100", null)), List.of()));
        assertEquals(List.of("1-2:90", "4-5:80", "7-8:45", "1-3:35", "2-3:35"), names(finder.matches(none())));
        assertEquals(0, finder.update(List.of(), List.of(8L)), "a removal scores nothing and drops its pairs");
        assertEquals(List.of("1-2:90", "4-5:80", "1-3:35", "2-3:35"), names(finder.matches(none())));
    }

    @Test
    void pairsKeptUpToDateAreThoseOfAWholeScoring() {
        Random random = new Random(9);
        String[] first = {"Anne", "Ann", "Yann", "Katell", "Soizic"};
        String[] last = {"Le Gall", "Le Gal", "Tanguy", "Quéré"};
        Map<Long, Sketch> registry = new HashMap<>();
        for (int maxBlock : new int[] {4, 8, 200}) {
            DuplicateFinder kept = new DuplicateFinder(30, maxBlock);
            registry.clear();
            for (int step = 0; step < 400; step++) {
                long id = random.nextInt(40);
                List<Long> removed = new ArrayList<>();
                List<Sketch> changed = new ArrayList<>();
                if (registry.containsKey(id) && random.nextInt(4) == 0) {
                    registry.remove(id);
                    removed.add(id);
                } else {
                    Sketch s = Sketch.of(id, first[random.nextInt(first.length)], last[random.nextInt(last.length)],
                            random.nextInt(3) == 0 ? "p" + random.nextInt(5) + "@example.org" : null,
                            random.nextBoolean() ? "+3361200000" + random.nextInt(5) : null, null,
                            random.nextInt(3) + " rue du Port", random.nextBoolean() ? "56270" : "56100",
                            random.nextInt(4) == 0 ? (long) random.nextInt(3) : null);
                    registry.put(id, s);
                    changed.add(s);
                }
                kept.update(changed, removed);
                assertEquals(names(find(List.copyOf(registry.values()), 30, maxBlock, none())),
                        names(kept.matches(none())), "after step " + step + " with blocks up to " + maxBlock);
            }
        }
    }

    private static List<Match> find(List<Sketch> persons, int minScore, int maxBlock, BiPredicate<Long, Long> dismissed) {
        DuplicateFinder finder = new DuplicateFinder(minScore, maxBlock);
        finder.update(persons, List.of());
        return finder.matches(dismissed);
    }

    private static BiPredicate<Long, Long> none() {
        return (low, high) -> false;
    }

    private static List<String> names(List<Match> matches) {
        return matches.stream().map(m -> m.lowId() + "-" + m.highId() + ":" + m.score()).toList();
    }
}
