package org.sillon.bench;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.TestServices;

/**
 * Figures for docs/performance.md, not a test: run with {@code mvn -B verify -Pbench}. Fills the registry
 * through the API to {@code sillon.bench.persons} persons (default 20,000), then times lists, searches,
 * reads and exports as a client sees them, and prints the percentiles.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryBench {

    private static final int PERSONS = Integer.getInteger("sillon.bench.persons", 20000);
    private static final int ROUNDS = 200;

    @ArquillianResource
    URL base;

    @Test
    void registryAtScale() {
        Api api = Api.at(base).admin();
        long started = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        String[] names = {"Le Gall", "Le Goff", "Tanguy", "Morvan", "Lefèvre", "Martin", "Quéré", "Riou"};
        for (int i = 0; i < PERSONS; i++) {
            Api.Reply r = api.post("/api/v1/persons", Api.json("firstName", "Bench" + i,
                    "lastName", names[i % names.length], "email", "bench" + i + "-" + started + "@example.org",
                    "mobilePhone", String.format("0612%06d", i % 1_000_000)));
            if (r.status() != 201) {
                throw new IllegalStateException(r.toString());
            }
            ids.add(r.id());
            if (i % 4 == 3) {
                api.post("/api/v1/households", Api.json("mainContactId", ids.get(i - 3),
                        "memberIds", List.of(ids.get(i - 2), ids.get(i - 1), ids.get(i))));
            }
        }
        double perCreate = (System.nanoTime() - started) / 1e6 / PERSONS;
        System.out.printf(Locale.ROOT, "BENCH persons=%d create+household mean %.1f ms per person%n", PERSONS, perCreate);

        report("GET /api/v1/persons?size=50 (first page, by name)", () -> api.get("/api/v1/persons?size=50"));
        report("GET /api/v1/persons?size=50&page=40", () -> api.get("/api/v1/persons?size=50&page=40"));
        report("GET /api/v1/persons?q=quéré&size=20", () -> api.get("/api/v1/persons?q=qu%C3%A9r%C3%A9&size=20"));
        report("GET /api/v1/persons?q=lefevre&size=20 (accents, common)", () -> api.get("/api/v1/persons?q=lefevre&size=20"));
        report("GET /api/v1/persons?q=LEFÈVRE&size=20&page=50", () -> api.get("/api/v1/persons?q=LEF%C3%88VRE&size=20&page=50"));
        report("GET /api/v1/persons?q=bench4242 (rare)", () -> api.get("/api/v1/persons?q=bench4242"));
        report("GET /api/v1/persons?q=le gall bench1 (three words)", () -> api.get("/api/v1/persons?q=le+gall+bench1&size=20"));
        report("GET /api/v1/persons?q=zzzz (no match)", () -> api.get("/api/v1/persons?q=zzzz&size=20"));
        report("GET /api/v1/persons?q=6120042 (phone digits)", () -> api.get("/api/v1/persons?q=6120042&size=20"));
        report("GET /api/v1/households?size=50&sort=city", () -> api.get("/api/v1/households?size=50&sort=city"));
        report("GET /api/v1/households?q=martin&size=20", () -> api.get("/api/v1/households?q=martin&size=20"));
        report("GET /api/v1/households?q=bench4242 (a member)", () -> api.get("/api/v1/households?q=bench4242&size=20"));
        long id = ids.get(ids.size() / 2);
        report("GET /api/v1/persons/{id}", () -> api.get("/api/v1/persons/" + id));
        explain("select * from person where search_text like '%lefevre%' order by lower(last_name), id limit 20");
        explain("select * from person where search_text like '%bench4242%' order by lower(last_name), id limit 20");
        explain("select * from household h where h.search_text like '%martin%' or exists (select 1 from person m"
                + " where m.household_id = h.id and m.search_text like '%martin%') order by lower(h.name), h.id limit 20");
        report("GET /api/v1/exports/persons?format=csv (all)", 2, 10, () -> api.get("/api/v1/exports/persons?format=csv"));
        report("GET /api/v1/exports/persons?format=xlsx (all)", 2, 10, () -> api.get("/api/v1/exports/persons?format=xlsx"));
        report("GET /api/v1/exports/persons?format=csv&q=lefevre", 2, 20,
                () -> api.get("/api/v1/exports/persons?format=csv&q=lefevre"));
    }

    /** Prints PostgreSQL's plan and timing of a query like those the searches run. */
    private static void explain(String sql) {
        try (Connection c = TestServices.jdbc(); ResultSet rs = c.createStatement().executeQuery("explain analyze " + sql)) {
            System.out.println("BENCH explain analyze " + sql);
            while (rs.next()) {
                System.out.println("BENCH   " + rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String what, Supplier<Api.Reply> call) {
        report(what, 20, ROUNDS, call);
    }

    private static void report(String what, int warmUps, int rounds, Supplier<Api.Reply> call) {
        for (int i = 0; i < warmUps; i++) {
            call.get(); // warm-up
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            Api.Reply r = call.get();
            ms.add((System.nanoTime() - t) / 1e6);
            if (r.status() != 200) {
                throw new IllegalStateException(what + ": " + r);
            }
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "BENCH %-55s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", what,
                ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)), ms.get(ms.size() - 1));
    }
}
