package org.sillon.bench;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.TestServices;

/**
 * Figures for docs/performance.md, not a test: run with {@code mvn -B verify -Pbench}. Generates a CSV of
 * {@code sillon.bench.importRows} rows (default 20,000; households of two by a key column), uploads it, then
 * runs it through the API and times both as a client sees them. It does so twice, with other persons: the
 * first import on a server that never ran one pays for compiling its code (on two cores the JIT compiler then
 * takes as much CPU as the import itself), the second shows what every later import costs.
 */
@ExtendWith(ArquillianExtension.class)
class ImportBench {

    private static final int ROWS = Integer.getInteger("sillon.bench.importRows", 20_000);

    @ArquillianResource
    URL base;

    @Test
    void importAtScale() throws Exception {
        importOnce("first import on this server");
        importOnce("next import");
    }

    private void importOnce(String which) throws Exception {
        Api api = Api.at(base).admin();
        long stamp = System.nanoTime();
        String[] names = {"Le Gall", "Le Goff", "Tanguy", "Morvan", "Lefèvre", "Martin", "Quéré", "Riou"};
        StringBuilder csv = new StringBuilder("\uFEFFCivilité;Prénom;Nom;Courriel;Portable;Adresse;Code postal;Ville;Foyer;Date d'inscription\r\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(i % 2 == 0 ? "Mme" : "M.").append(";Import").append(i).append(';').append(names[i % names.length])
                    .append(";import").append(i).append('-').append(stamp).append("@example.org;")
                    .append(String.format(Locale.ROOT, "0612%06d", i % 1_000_000)).append(';')
                    .append(i / 2).append(" rue des Bench ").append(stamp).append(";56270;Ploemeur;F")
                    .append(i / 2).append(";04/03/2021\r\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

        long t0 = System.nanoTime();
        Api.Reply uploaded = api.sendBytes("POST", "/api/v1/imports?filename=bench.csv", bytes, "text/csv");
        double uploadMs = (System.nanoTime() - t0) / 1e6;
        if (uploaded.status() != 201) {
            throw new IllegalStateException(uploaded.toString());
        }
        String location = uploaded.header("Location");
        long t1 = System.nanoTime();
        Api.Reply run = api.header("If-Match", uploaded.etag()).sendBytes("POST", location + "/run", null, null);
        if (run.status() != 202) {
            throw new IllegalStateException(run.toString());
        }
        JsonObject job;
        int polls = 0;
        do {
            Thread.sleep(500);
            job = api.get(location).json();
            polls++;
        } while ("RUNNING".equals(job.getString("status")));
        double runS = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "BENCH %s: rows=%d bytes=%d upload+preview %.0f ms%n", which, ROWS, bytes.length, uploadMs);
        System.out.printf(Locale.ROOT, "BENCH %s: run %s in %.1f s (%.2f ms per row), %d persons, %d households, %d polls%n",
                which, job.getString("status"), runS, runS * 1000 / ROWS, job.getInt("createdPersons"),
                job.getInt("createdHouseholds"), polls);
        String ours = "email like 'import%-" + stamp + "@example.org'";
        long stored = TestServices.count("select count(*) from person where " + ours);
        // every row gives a join date: each household is active from it (issue 9)
        long active = TestServices.count("select count(distinct h.id) from household h join person p on p.household_id = h.id"
                + " where h.status = 'ACTIVE' and h.status_since = date '2021-03-04' and p." + ours);
        if (!"DONE".equals(job.getString("status")) || job.getInt("createdPersons") != ROWS
                || job.getInt("createdHouseholds") != (ROWS + 1) / 2 || stored != ROWS || active != (ROWS + 1) / 2) {
            throw new IllegalStateException("the import did not create every row as its file says: " + job + ", "
                    + stored + " persons stored, " + active + " active households");
        }
    }
}
