package org.sillon.dedupe.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.sillon.dedupe.control.DuplicateScore.Match;
import org.sillon.dedupe.control.DuplicateScore.Sketch;

/**
 * Finds likely duplicates among many persons without comparing every pair (20,000 persons are 200 million
 * pairs), and keeps them as persons change. Persons are grouped by blocking keys, and only persons sharing a
 * key are scored:
 * <ul>
 * <li>the email key and each phone (SAME_EMAIL, SAME_PHONE);
 * <li>first and last name in either order (SAME_NAME, SWAPPED_NAMES);
 * <li>the first four letters of the last name with the first letter of the first name, the postal code with
 * the first name, and the postal code with the last name (SIMILAR_NAME: a typo is caught by one of them).
 * </ul>
 * A block larger than {@code maxBlock} is skipped: a key that many persons share (a very common prefix in a
 * big town) says nothing, and its pairs would cost quadratic time.
 * <p>
 * Scoring every block of 20,000 persons takes seconds; a change of one person can only change the pairs of
 * the blocks that person left or joined. {@link #update} therefore rescores, in those blocks only, the pairs
 * of the changed persons, plus every pair of a block the change brought back under {@code maxBlock}, and drops
 * the pairs that only a block now past {@code maxBlock} made candidates. The pairs found are always those a
 * scoring of the whole registry would find ({@code DuplicateFinderTest} checks it on random changes). Pure:
 * no database; not thread-safe (its owner guards it).
 */
public final class DuplicateFinder {

    private record PairKey(long low, long high) {

        static PairKey of(long a, long b) {
            return new PairKey(Math.min(a, b), Math.max(a, b));
        }

        long other(long id) {
            return id == low ? high : low;
        }
    }

    private final int minScore;
    private final int maxBlock;
    private final Map<Long, Sketch> persons = new HashMap<>();
    private final Map<String, Set<Long>> blocks = new HashMap<>();
    private final Map<PairKey, Match> matches = new HashMap<>();
    private final Map<Long, Set<PairKey>> pairsOf = new HashMap<>();
    private List<Match> ranked = List.of();

    public DuplicateFinder(int minScore, int maxBlock) {
        this.minScore = minScore;
        this.maxBlock = maxBlock;
    }

    public int minScore() {
        return minScore;
    }

    /**
     * Takes in persons new or changed (by id) and forgets the removed ids; answers how many pairs it scored.
     * A first update with every person scores the whole registry.
     */
    public int update(Collection<Sketch> changed, Collection<Long> removed) {
        Set<Long> touched = new HashSet<>(removed);
        changed.forEach(s -> touched.add(s.id()));
        Map<String, Integer> sizeBefore = new LinkedHashMap<>();
        for (long id : touched) {
            Sketch old = persons.remove(id);
            if (old != null) {
                for (String key : keys(old)) {
                    Set<Long> block = blocks.get(key);
                    sizeBefore.putIfAbsent(key, block.size());
                    block.remove(id);
                    if (block.isEmpty()) {
                        blocks.remove(key);
                    }
                }
            }
            for (PairKey pair : pairsOf.getOrDefault(id, Set.of())) {
                matches.remove(pair);
                long other = pair.other(id);
                if (other != id && pairsOf.containsKey(other)) {
                    pairsOf.get(other).remove(pair);
                }
            }
            pairsOf.remove(id);
        }
        for (Sketch s : changed) {
            persons.put(s.id(), s);
            for (String key : keys(s)) {
                Set<Long> block = blocks.computeIfAbsent(key, k -> new HashSet<>());
                sizeBefore.putIfAbsent(key, block.size());
                block.add(s.id());
            }
        }
        Set<PairKey> scored = new HashSet<>();
        for (Map.Entry<String, Integer> e : sizeBefore.entrySet()) {
            Set<Long> block = blocks.getOrDefault(e.getKey(), Set.of());
            boolean wasCompared = compared(e.getValue());
            if (compared(block.size())) {
                List<Long> members = new ArrayList<>(block);
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        long a = members.get(i);
                        long b = members.get(j);
                        // pairs of unchanged persons in a block already compared are known
                        if (!wasCompared || touched.contains(a) || touched.contains(b)) {
                            score(PairKey.of(a, b), scored);
                        }
                    }
                }
            } else if (wasCompared && block.size() > maxBlock) {
                dropPairsOnlyIn(block, touched);
            }
        }
        if (!touched.isEmpty()) {
            ranked = matches.values().stream().sorted(Comparator.comparingInt(Match::score).reversed()
                    .thenComparingLong(Match::lowId).thenComparingLong(Match::highId)).toList();
        }
        return scored.size();
    }

    /** The pairs scoring at least {@code minScore} that {@code dismissed} does not exclude, best first. */
    public List<Match> matches(BiPredicate<Long, Long> dismissed) {
        return ranked.stream().filter(m -> !dismissed.test(m.lowId(), m.highId())).toList();
    }

    private void score(PairKey pair, Set<PairKey> scored) {
        if (matches.containsKey(pair) || !scored.add(pair)) {
            return;
        }
        Match m = DuplicateScore.score(persons.get(pair.low()), persons.get(pair.high()));
        if (m.score() >= minScore) {
            matches.put(pair, m);
            pairsOf.computeIfAbsent(pair.low(), k -> new HashSet<>()).add(pair);
            pairsOf.computeIfAbsent(pair.high(), k -> new HashSet<>()).add(pair);
        }
    }

    /** A block grown past the limit: its unchanged persons' pairs go unless another block still compares them. */
    private void dropPairsOnlyIn(Set<Long> block, Set<Long> touched) {
        for (long id : block) {
            if (touched.contains(id)) {
                continue;
            }
            for (PairKey pair : new ArrayList<>(pairsOf.getOrDefault(id, Set.of()))) {
                long other = pair.other(id);
                if (block.contains(other) && !touched.contains(other) && !candidates(pair)) {
                    matches.remove(pair);
                    pairsOf.get(pair.low()).remove(pair);
                    pairsOf.get(pair.high()).remove(pair);
                }
            }
        }
    }

    private boolean candidates(PairKey pair) {
        List<String> theirs = keys(persons.get(pair.high()));
        return keys(persons.get(pair.low())).stream()
                .anyMatch(k -> theirs.contains(k) && compared(blocks.get(k).size()));
    }

    private boolean compared(int blockSize) {
        return blockSize >= 2 && blockSize <= maxBlock;
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
