package org.sillon.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.TestServices;

/**
 * An import is a background job committed chunk by chunk (200 persons, whole households): it survives what
 * kills a run in the middle and ends with every row created once, or with none. The database refuses a chunk
 * through a trigger the test creates (a refusal worth retrying, or one for good); a dead server is simulated by
 * taking the job's claim away and expiring its lease, as a server that stopped renewing it would leave it.
 */
@ExtendWith(ArquillianExtension.class)
class ImportResumeIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    /** A list of {@code rows} persons named Reprise{tag}, households of two; row {@code marked} is "Bloqué". */
    private byte[] list(int rows, int marked) {
        StringBuilder csv = new StringBuilder("Nom;Prénom;Courriel;Foyer\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Reprise").append(tag).append(';').append(i == marked ? "Bloqué" : "Prénom" + i).append(';')
                    .append("reprise").append(i).append('.').append(tag).append("@example.org;").append(i / 2).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Uploads and runs the list; answers the import's location. */
    private String start(byte[] csv) {
        Api.Reply uploaded = api.sendBytes("POST", "/api/v1/imports?filename=reprise.csv", csv, "text/csv");
        assertEquals(201, uploaded.status(), uploaded.body());
        String location = uploaded.header("Location");
        Api.Reply run = api.header("If-Match", uploaded.etag()).sendBytes("POST", location + "/run", (byte[]) null, null);
        assertEquals(202, run.status(), run.body());
        return location;
    }

    private long importId(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The import's background job row. */
    private Map<String, Object> job(String location) throws SQLException {
        try (Connection c = TestServices.jdbc(); PreparedStatement s = c.prepareStatement("select id, status, checkpoint,"
                + " progress, claims, failures, owner, last_error, failure from background_job where kind = 'import'"
                + " and subject_id = ?")) {
            s.setLong(1, importId(location));
            try (ResultSet rs = s.executeQuery()) {
                Map<String, Object> row = new LinkedHashMap<>();
                if (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                    }
                }
                return row;
            }
        }
    }

    private Map<String, Object> awaitJob(String location, Predicate<Map<String, Object>> condition, String what)
            throws Exception {
        Map<String, Object> row = job(location);
        for (int i = 0; i < 1200 && !condition.test(row); i++) {
            Thread.sleep(50);
            row = job(location);
        }
        assertTrue(condition.test(row), what + ": " + row);
        return row;
    }

    private JsonObject awaitEnd(String location) throws InterruptedException {
        JsonObject job = null;
        for (int i = 0; i < 600; i++) {
            job = api.get(location).json();
            if (!List.of("UPLOADED", "RUNNING").contains(job.getString("status"))) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the import did not end in two minutes: " + job);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = TestServices.jdbc(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The database refuses to store the person "Bloqué Reprise{tag}", with this SQLSTATE. */
    private void refuseMarkedRow(String sqlState) throws SQLException {
        execute("create function refuse_" + tag + "() returns trigger language plpgsql as $$ begin"
                + " if new.first_name = 'Bloqué' and new.last_name = 'Reprise" + tag + "' then"
                + " raise exception 'refused for the test' using errcode = '" + sqlState + "'; end if;"
                + " return new; end $$");
        execute("create trigger refuse_" + tag + " before insert on person for each row execute function refuse_" + tag + "()");
    }

    private void acceptAgain() throws SQLException {
        execute("drop trigger if exists refuse_" + tag + " on person");
        execute("drop function if exists refuse_" + tag + "()");
    }

    private List<Long> personIds() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = TestServices.jdbc(); ResultSet rs = c.createStatement().executeQuery(
                "select id from person where last_name = 'Reprise" + tag + "' order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private long audited(String type, String action) throws SQLException {
        return TestServices.count("select count(*) from audit_event where subject_type = '" + type + "' and action = '"
                + action + "' and changes ilike '%Reprise" + tag + "%'");
    }

    private void assertEveryRowCreatedOnce(String location, int rows) throws Exception {
        JsonObject done = awaitEnd(location);
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals(rows, done.getInt("createdPersons"));
        assertEquals(rows / 2, done.getInt("createdHouseholds"));
        assertEquals(rows, done.getInt("processed"));
        assertEquals(rows, personIds().size());
        assertEquals(rows, TestServices.count("select count(distinct first_name) from person where last_name = 'Reprise"
                + tag + "'"), "no row created twice");
        assertEquals(rows, audited("Person", "CREATED"), "one creation in the audit trail per row");
        assertEquals(rows, TestServices.count("select count(*) from import_line where job_id = " + importId(location)
                + " and outcome = 'CREATED' and person_id is not null and household_id is not null"));
        assertEquals(rows / 2, TestServices.count("select count(distinct household_id) from person where last_name = 'Reprise"
                + tag + "'"));
    }

    @Test
    void aChunkTheDatabaseRefusesForNowIsRetriedAndTheImportResumesAfterItsLastCommittedChunk() throws Exception {
        int rows = 1000;
        refuseMarkedRow("40001"); // serialization failure: the database asks for the transaction to be retried
        try {
            String location = start(list(rows, 650));
            Map<String, Object> failed = awaitJob(location, j -> j.get("last_error") != null, "the refused chunk");
            // chunks of 100 households of two: the fourth (rows 600 to 799) was refused and rolled back
            assertEquals("create:300", failed.get("checkpoint"), failed.toString());
            assertEquals(600, failed.get("progress"));
            assertTrue(failed.get("last_error").toString().contains("refused for the test"), failed.toString());
            List<Long> committed = personIds();
            assertEquals(600, committed.size(), "the three committed chunks, nothing of the refused one");
            assertEquals("RUNNING", api.get(location).json().getString("status"));

            acceptAgain();
            assertEveryRowCreatedOnce(location, rows);
            assertTrue(personIds().containsAll(committed), "the committed chunks were not created again");
            Map<String, Object> job = job(location);
            assertEquals("DONE", job.get("status"));
            assertTrue((Integer) job.get("claims") >= 2, job.toString());
            assertEquals(0, job.get("failures"), "a committed chunk clears the failures");
        } finally {
            acceptAgain();
        }
    }

    @Test
    void aJobWhoseServerStoppedRenewingItsLeaseIsTakenOverAndEveryRowIsCreatedOnce() throws Exception {
        int rows = 2000;
        String location = start(list(rows, -1));
        Map<String, Object> running = awaitJob(location, j -> j.get("progress") != null && (Integer) j.get("progress") >= 200,
                "a first committed chunk");
        // what a server that died leaves: the lease it no longer renews runs out; here it also loses its claim, so
        // that the server that is in fact still running cannot commit its chunk in flight
        try (Connection c = TestServices.jdbc(); PreparedStatement s = c.prepareStatement("update background_job"
                + " set claims = claims + 1, owner = 'a server that died', lease_until = now() - interval '1 second'"
                + " where id = ? and status = 'RUNNING'")) {
            s.setLong(1, (Long) running.get("id"));
            assertEquals(1, s.executeUpdate(), "the job was still running: " + running);
        }
        assertEveryRowCreatedOnce(location, rows);
        Map<String, Object> job = job(location);
        assertTrue((Integer) job.get("claims") >= (Integer) running.get("claims") + 2, "taken over: " + job);
        assertEquals("DONE", job.get("status"));
    }

    /**
     * An email every row was checked against can be taken while the import runs (here by someone the first chunk's
     * commit brings, as a colleague typing it in would): the chunk that meets it is refused by the registry's
     * unique email, and the report names the row and the taken address, not the whole chunk.
     */
    @Test
    void anEmailTakenWhileTheImportRunsFailsItOnTheRowThatHasIt() throws Exception {
        long persons = TestServices.count("select count(*) from person");
        String taken = "reprise450." + tag + "@example.org";
        execute("create function take_" + tag + "() returns trigger language plpgsql as $$ begin"
                + " if new.first_name = 'Prénom10' and new.last_name = 'Reprise" + tag + "' then"
                + " insert into person (id, first_name, last_name, email, created_at, updated_at, joined_on, association_id)"
                + " values (-nextval('person_seq'), 'Arrivée', 'Entre" + tag + "', '" + taken + "', now(), now(), current_date,"
                + " new.association_id); end if; return new; end $$");
        execute("create trigger take_" + tag + " after insert on person for each row execute function take_" + tag + "()");
        try {
            String location = start(list(600, -1));
            JsonObject failed = awaitEnd(location);
            assertEquals("FAILED", failed.getString("status"), failed.toString());
            JsonObject line = api.get(location + "/lines").json().getJsonArray("items").getJsonObject(0);
            assertEquals(452, line.getInt("line"), "row 450 is line 452 of the file: " + line);
            assertEquals("email", line.getString("field"), line.toString());
            assertTrue(line.getString("message").contains(taken), line.toString());
            assertEquals(persons + 1, TestServices.count("select count(*) from person"), "only the one who took the email stays");
        } finally {
            execute("drop trigger if exists take_" + tag + " on person");
            execute("drop function if exists take_" + tag + "()");
            execute("delete from person where last_name = 'Entre" + tag + "'");
        }
    }

    @Test
    void aChunkRefusedForGoodIsUndoneAndTheRegistryEndsAsItWas() throws Exception {
        long persons = TestServices.count("select count(*) from person");
        long households = TestServices.count("select count(*) from household");
        refuseMarkedRow("P0001"); // a refusal that a retry would meet again
        try {
            String location = start(list(600, 450));
            JsonObject failed = awaitEnd(location);
            assertEquals("FAILED", failed.getString("status"), failed.toString());
            assertEquals(0, failed.getInt("createdPersons"));
            assertEquals(1, failed.getInt("errors"));
            JsonObject line = api.get(location + "/lines").json().getJsonArray("items").getJsonObject(0);
            assertEquals(452, line.getInt("line"), "row 450 is line 452 of the file: " + line);
            assertEquals("ERROR", line.getString("outcome"));
            assertTrue(line.getString("message").contains("refused for the test"), line.toString());
            assertEquals(1, api.get(location + "/lines").json().getInt("total"), "the report holds the refusal only");

            assertEquals(persons, TestServices.count("select count(*) from person"));
            assertEquals(households, TestServices.count("select count(*) from household"));
            assertEquals(400, audited("Person", "CREATED"), "the two chunks committed before the refused one");
            assertEquals(400, audited("Person", "DELETED"), "undone through the registry's facade, audited");
            assertEquals(200, audited("Household", "CREATED"));
            assertEquals(200, audited("Household", "DELETED"));
            Map<String, Object> job = job(location);
            assertEquals("FAILED", job.get("status"));
            assertTrue(job.get("failure").toString().contains("refused for the test"), job.toString());
        } finally {
            acceptAgain();
        }
    }
}
