package org.sillon.bench;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.TestServices;

/**
 * Figures for docs/performance.md, not a test (run by {@code -Pbench}): tops the registry up to
 * {@code sillon.bench.persons} persons (default 5,000) with Breton-looking names spread over ten towns, one
 * in a hundred a variant of another (accents dropped, names swapped, a letter changed), then times the
 * duplicates list, which reads and blocks the whole registry at each call. Rows go in by JDBC, with ids far
 * above the application's, because the insertion is not what is measured.
 */
@ExtendWith(ArquillianExtension.class)
class DuplicatesBench {

    private static final int PERSONS = Integer.getInteger("sillon.bench.persons", 5000);
    private static final int ROUNDS = 10;
    private static final int PAGE = 200;
    /** Names no generated person has, one per changed person, so that they pair with no one. */
    private static final String[] NOBODY = {"Zéphyrin", "Aristobule", "Barnabé", "Cunégonde", "Eusèbe"};
    private static final String[] LAST = {"Le Gall", "Le Goff", "Le Roux", "Guillou", "Le Bihan", "Tanguy", "Morvan",
        "Lefèvre", "Quéré", "Riou", "Kerbrat", "Le Floc'h", "Jégou", "Cadiou", "Le Berre", "Hervé", "Caradec",
        "Le Corre", "Prigent", "Le Moal", "Le Meur", "Salaün", "Le Guen", "Bernard", "Martin", "Thomas", "Petit",
        "Robin", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Leroy", "Roux", "David",
        "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
        "Muller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier",
        "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robert", "Clément", "Morin", "Nicolas", "Henry",
        "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire",
        "Noël", "Meyer"};
    private static final String[] FIRST = {"Nolwenn", "Maëlle", "Anaïs", "Gwenaëlle", "Soizic", "Léa", "Hélène",
        "Katell", "Rozenn", "Maïwenn", "Anne", "Marie", "Chloé", "Camille", "Emma", "Manon", "Sarah", "Julie",
        "Laura", "Pauline", "Élodie", "Céline", "Sophie", "Aurélie", "Nathalie", "Yannick", "Gwenaël", "Erwan",
        "Loïc", "Ronan", "Tanguy", "Maël", "Goulven", "Yann", "Jean", "Pierre", "Louis", "Hugo", "Lucas", "Thomas",
        "Nicolas", "Julien", "Mathieu", "Antoine", "Alexandre", "Sébastien", "François", "Olivier", "Éric", "Denis"};
    private static final String[][] TOWNS = {{"Ploemeur", "56270"}, {"Lorient", "56100"}, {"Lanester", "56600"},
        {"Larmor-Plage", "56260"}, {"Quéven", "56530"}, {"Hennebont", "56700"}, {"Guidel", "56520"},
        {"Caudan", "56850"}, {"Plouay", "56240"}, {"Quimperlé", "29300"}};

    @ArquillianResource
    URL base;

    @Test
    void duplicatesAtScale() throws Exception {
        Api api = Api.at(base).admin();
        long existing = TestServices.count("select count(*) from person");
        int added = fill((int) Math.max(0, PERSONS - existing));
        long total = TestServices.count("select count(*) from person");
        long cold = System.nanoTime();
        Api.Reply first = api.get("/api/v1/duplicates?size=50");
        System.out.printf(Locale.ROOT, "BENCH duplicates first call (scores every pair in blocks) %.0f ms%n",
                (System.nanoTime() - cold) / 1e6);
        System.out.printf(Locale.ROOT, "BENCH duplicates persons=%d (added %d) pairs>=50: %d, pairs>=30: %d%n", total,
                added, first.json().getInt("total"), api.get("/api/v1/duplicates?size=1&minScore=30").json().getInt("total"));
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 2; i++) {
            long t = System.nanoTime();
            Api.Reply r = api.get("/api/v1/duplicates?size=50");
            if (r.status() != 200) {
                throw new IllegalStateException(r.toString());
            }
            if (i >= 2) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "BENCH %-55s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n",
                "GET /api/v1/duplicates?size=50", ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)),
                ms.get(ms.size() - 1));
        afterOneChange(api, first.json().getInt("total"));
    }

    /**
     * Renames one person of the best pair to a name no one has, five times, timing the call that follows each
     * change; then checks that what those calls kept up to date equals a scoring of the whole registry (asked
     * for by changing the minimum score away and back).
     */
    private static void afterOneChange(Api api, int pairsBefore) {
        List<Double> ms = new ArrayList<>();
        int pairs = pairsBefore;
        for (int round = 0; round < NOBODY.length; round++) {
            long id = api.get("/api/v1/duplicates?size=1").json().getJsonArray("items").getJsonObject(0)
                    .getJsonObject("first").getJsonNumber("id").longValue();
            Api.Reply person = api.get("/api/v1/persons/" + id);
            Api.Reply changed = api.header("If-Match", person.etag()).put("/api/v1/persons/" + id,
                    Api.json("firstName", NOBODY[round], "lastName", "Wq" + round + "-" + id));
            if (changed.status() != 200) {
                throw new IllegalStateException(changed.toString());
            }
            long t = System.nanoTime();
            Api.Reply after = api.get("/api/v1/duplicates?size=50");
            ms.add((System.nanoTime() - t) / 1e6);
            int now = after.json().getInt("total");
            if (now >= pairs) {
                throw new IllegalStateException("breaking the best pair left " + now + " pairs of " + pairs);
            }
            pairs = now;
        }
        String kept = api.get("/api/v1/duplicates?size=200&page=3").body();
        api.get("/api/v1/duplicates?size=1&minScore=49");
        String rescored = api.get("/api/v1/duplicates?size=200&page=3").body();
        if (!kept.equals(rescored)) {
            throw new IllegalStateException("the pairs kept up to date differ from a full scoring");
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "BENCH %-55s p50 %6.1f ms  max %6.1f ms (%d changes)%n",
                "GET /api/v1/duplicates?size=50 after one person changed", ms.get(ms.size() / 2),
                ms.get(ms.size() - 1), ms.size());
    }

    private static int fill(int count) throws Exception {
        Random random = new Random(42);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (Connection c = TestServices.jdbc(); PreparedStatement insert = c.prepareStatement("insert into person"
                + " (id, first_name, last_name, email, mobile_phone, address_line1, postal_code, city, country,"
                + " language, joined_on, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'FR', 'FR', current_date, ?, ?)")) {
            String[] previous = null;
            for (int i = 0; i < count; i++) {
                String[] town = TOWNS[random.nextInt(TOWNS.length)];
                String[] p = {FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)],
                    (1 + random.nextInt(120)) + " rue " + LAST[random.nextInt(LAST.length)], town[1], town[0]};
                if (previous != null && i % 100 == 0) {
                    p = variant(previous, random);
                }
                long id = 900_000_000L + i;
                insert.setLong(1, id);
                insert.setString(2, p[0]);
                insert.setString(3, p[1]);
                insert.setString(4, random.nextInt(3) == 0 ? null : "bench.dup" + id + "@example.org");
                insert.setString(5, String.format(Locale.ROOT, "+3361%07d", random.nextInt(10_000_000)));
                insert.setString(6, p[2]);
                insert.setString(7, p[3]);
                insert.setString(8, p[4]);
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.addBatch();
                previous = p;
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    /** The same person typed again: accents dropped, names swapped or one letter changed. */
    private static String[] variant(String[] p, Random random) {
        String[] v = p.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                v[0] = java.text.Normalizer.normalize(p[0], java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                v[1] = p[1].toUpperCase(Locale.FRENCH);
            }
            case 1 -> {
                v[0] = p[1];
                v[1] = p[0];
            }
            default -> v[1] = p[1].substring(0, p[1].length() - 1) + "e";
        }
        return v;
    }
}
