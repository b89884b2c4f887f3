package org.sillon.bench;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.TestServices;

/**
 * Figures for docs/performance.md, not a test (run by {@code -Pbench}): tops the registry up to
 * {@code sillon.bench.persons} persons (default 40,000) in households of four, then times the CSV and XLSX
 * exports of the whole persons and households lists, and of a sorted and a filtered one, as a client
 * downloads them. Rows go in by JDBC, in the default association, with ids far above the application's
 * (and apart from {@link DuplicatesBench}'s), because the insertion is not what is measured.
 */
@ExtendWith(ArquillianExtension.class)
class ExportBench {

    private static final int PERSONS = Integer.getInteger("sillon.bench.persons", 40_000);
    private static final int ROUNDS = 3;
    private static final long FIRST_ID = 800_000_000L;
    private static final String[] LAST = {"Le Gall", "Le Goff", "Tanguy", "Morvan", "Lefèvre", "Martin", "Quéré",
        "Riou"};
    private static final String[][] TOWNS = {{"Ploemeur", "56270"}, {"Lorient", "56100"}, {"Lanester", "56600"},
        {"Larmor-Plage", "56260"}, {"Quéven", "56530"}};

    @ArquillianResource
    URL base;

    @Test
    void exportsAtScale() throws Exception {
        Api api = Api.at(base).admin();
        long existing = TestServices.count("select count(*) from person");
        long t = System.nanoTime();
        int added = fill((int) Math.max(0, PERSONS - existing));
        long persons = TestServices.count("select count(*) from person");
        long households = TestServices.count("select count(*) from household");
        System.out.printf(Locale.ROOT, "BENCH exports persons=%d households=%d (added %d persons in SQL in %.1f s)%n",
                persons, households, added, (System.nanoTime() - t) / 1e9);

        byte[] csv = api.getBytes("/api/v1/exports/persons?format=csv");
        long lines = new String(csv, StandardCharsets.UTF_8).lines().count();
        if (lines != persons + 1) {
            throw new IllegalStateException("the CSV export has " + lines + " lines for " + persons + " persons");
        }
        byte[] xlsx = api.getBytes("/api/v1/exports/persons?format=xlsx");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            long rows = book.getFirstSheet().openStream().count();
            if (rows != persons + 1) {
                throw new IllegalStateException("the XLSX export has " + rows + " rows for " + persons + " persons");
            }
        }
        System.out.printf(Locale.ROOT, "BENCH exports persons CSV %.1f MB, XLSX %.1f MB%n", csv.length / 1e6,
                xlsx.length / 1e6);

        report(api, "/api/v1/exports/persons?format=csv (all)");
        report(api, "/api/v1/exports/persons?format=xlsx (all)");
        report(api, "/api/v1/exports/persons?format=csv&sort=city,desc");
        report(api, "/api/v1/exports/persons?format=csv&city=lorient (a fifth)");
        report(api, "/api/v1/exports/households?format=csv (all)");
        report(api, "/api/v1/exports/households?format=xlsx (all)");
    }

    /** Persons in households of four (the first is the main contact), spread over five towns. */
    private static int fill(int count) throws Exception {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (Connection c = TestServices.jdbc()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into person (id, first_name, last_name, email,"
                    + " mobile_phone, address_line1, postal_code, city, country, language, joined_on, created_at,"
                    + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'FR', 'FR', current_date, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    long id = FIRST_ID + i;
                    String[] town = TOWNS[i / 4 % TOWNS.length];
                    insert.setLong(1, id);
                    insert.setString(2, "Export" + i);
                    insert.setString(3, LAST[i % LAST.length]);
                    insert.setString(4, i % 3 == 0 ? null : "bench.export" + id + "@example.org");
                    insert.setString(5, String.format(Locale.ROOT, "+3361%07d", i));
                    insert.setString(6, (1 + i / 4 % 120) + " rue des Exports");
                    insert.setString(7, town[1]);
                    insert.setString(8, town[0]);
                    insert.setTimestamp(9, now);
                    insert.setTimestamp(10, now);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into household (id, name, main_contact_id, created_at, status)"
                        + " select " + FIRST_ID + " + k, 'Foyer Export ' || k, " + FIRST_ID + " + 4 * k, now(),"
                        + " (array['PROSPECT', 'ACTIVE', 'ACTIVE', 'LAPSED'])[1 + k % 4]"
                        + " from generate_series(0, " + (count / 4 - 1) + ") k");
                s.executeUpdate("update person set household_id = " + FIRST_ID + " + (id - " + FIRST_ID + ") / 4"
                        + " where id >= " + FIRST_ID + " and id < " + (FIRST_ID + count / 4 * 4));
                s.execute("analyze person");
                s.execute("analyze household");
            }
            c.commit();
        }
        return count;
    }

    /** One call to warm up, then {@link #ROUNDS} timed downloads of the whole file. */
    private static void report(Api api, String what) {
        String path = what.split(" ")[0];
        Supplier<byte[]> call = () -> api.getBytes(path);
        call.get();
        List<Double> ms = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            size = call.get().length;
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "BENCH %-60s min %7.0f ms  median %7.0f ms  max %7.0f ms  (%.1f MB)%n", what,
                ms.get(0), ms.get(ms.size() / 2), ms.get(ms.size() - 1), size / 1e6);
    }
}
