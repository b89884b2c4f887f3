package org.sillon.dedupe.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.sillon.dedupe.control.DuplicateScore.Match;
import org.sillon.dedupe.control.DuplicateScore.Sketch;

/**
 * Finds likely duplicates among many persons without comparing every pair (20,000 persons are 200 million
 * pairs). Persons are grouped by blocking keys, and only persons sharing a key are scored:
 * <ul>
 * <li>the email key and each phone (SAME_EMAIL, SAME_PHONE);
 * <li>first and last name in either order (SAME_NAME, SWAPPED_NAMES);
 * <li>the first four letters of the last name with the first letter of the first name, the postal code with
 * the first name, and the postal code with the last name (SIMILAR_NAME: a typo is caught by one of them).
 * </ul>
 * A block larger than {@code maxBlock} is skipped: a key that many persons share (a very common prefix in a
 * big town) says nothing, and its pairs would cost quadratic time. Pure: no database, unit-tested.
 */
public final class DuplicateFinder {

    private record PairKey(long low, long high) {
    }

    private DuplicateFinder() {
    }

    /** The pairs scoring at least {@code minScore} that {@code dismissed} does not exclude, best first. */
    public static List<Match> find(List<Sketch> persons, int minScore, int maxBlock,
            BiPredicate<Long, Long> dismissed) {
        Map<String, List<Sketch>> blocks = new HashMap<>();
        for (Sketch s : persons) {
            for (String key : keys(s)) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
        }
        Set<PairKey> seen = new HashSet<>();
        List<Match> matches = new ArrayList<>();
        for (List<Sketch> block : blocks.values()) {
            if (block.size() < 2 || block.size() > maxBlock) {
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    Sketch a = block.get(i);
                    Sketch b = block.get(j);
                    long low = Math.min(a.id(), b.id());
                    long high = Math.max(a.id(), b.id());
                    if (a.id() == b.id() || !seen.add(new PairKey(low, high)) || dismissed.test(low, high)) {
                        continue;
                    }
                    Match m = DuplicateScore.score(a, b);
                    if (m.score() >= minScore) {
                        matches.add(m);
                    }
                }
            }
        }
        matches.sort(Comparator.comparingInt(Match::score).reversed().thenComparingLong(Match::lowId)
                .thenComparingLong(Match::highId));
        return matches;
    }

    static List<String> keys(Sketch s) {
        List<String> keys = new ArrayList<>();
        if (s.email() != null) {
            keys.add("e:" + s.email());
        }
        s.phones().forEach(p -> keys.add("p:" + p));
        if (s.first() != null && s.last() != null) {
            boolean ordered = s.first().compareTo(s.last()) <= 0;
            keys.add("n:" + (ordered ? s.first() + "|" + s.last() : s.last() + "|" + s.first()));
            keys.add("l:" + prefix(s.last(), 4) + "|" + prefix(s.first(), 1));
            if (s.postalCode() != null) {
                keys.add("pf:" + s.postalCode() + "|" + s.first());
                keys.add("pl:" + s.postalCode() + "|" + s.last());
            }
        }
        return keys;
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
