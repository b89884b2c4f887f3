package org.sillon.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.exchange.control.CsvSniffer;
import org.sillon.testing.Api;
import org.sillon.testing.TestServices;
import org.sillon.testing.XlsxFiles;

/**
 * Imports through the HTTP API against the real database: good files in every encoding and format, a broken
 * file, invalid rows (nothing created), duplicates (reported and skipped), and a job that cannot run twice.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    /** A test file with {tag} replaced, in the file's own encoding. */
    static byte[] file(String name, Charset charset, String tag) throws IOException {
        try (InputStream in = ImportIT.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), charset).replace("{tag}", tag).getBytes(charset);
        }
    }

    private Api.Reply upload(String name, byte[] bytes, String type) {
        return api.sendBytes("POST", "/api/v1/imports?filename=" + name, bytes, type);
    }

    private JsonObject runToTheEnd(Api.Reply uploaded) throws InterruptedException {
        return runToTheEnd(uploaded.header("Location"), uploaded.etag());
    }

    private JsonObject runToTheEnd(String location, String etag) throws InterruptedException {
        Api.Reply run = api.header("If-Match", etag).sendBytes("POST", location + "/run", (byte[]) null, null);
        assertEquals(202, run.status(), run.body());
        JsonObject job = null;
        for (int i = 0; i < 240; i++) {
            job = api.get(location).json();
            if (!List.of("UPLOADED", "RUNNING").contains(job.getString("status"))) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the import did not end in a minute: " + job);
    }

    private List<String> lines(String location, String outcome) {
        JsonArray items = api.get(location + "/lines?size=200" + (outcome == null ? "" : "&outcome=" + outcome)).json()
                .getJsonArray("items");
        List<String> result = new ArrayList<>();
        items.forEach(v -> {
            JsonObject l = v.asJsonObject();
            String field = text(l, "field");
            String message = text(l, "message");
            result.add(l.getInt("line") + " " + l.getString("outcome") + " " + (field == null ? "-" : field)
                    + (message == null ? "" : " " + message));
        });
        return result;
    }

    private JsonObject personByEmail(String email) {
        JsonArray items = api.get("/api/v1/persons?email=" + email).json().getJsonArray("items");
        assertEquals(1, items.size(), email);
        return items.getJsonObject(0);
    }

    @Test
    void aSemicolonUtf8FileWithHouseholdKeysCreatesTheHouseholdsAndPersons() throws Exception {
        Api.Reply uploaded = upload("adherents.csv", file("good-semicolon-bom.csv", StandardCharsets.UTF_8, tag), "text/csv");
        assertEquals(201, uploaded.status(), uploaded.body());
        JsonObject job = uploaded.json().getJsonObject("job");
        assertEquals("UTF-8", job.getString("encoding"));
        assertEquals(";", job.getString("separator"));
        assertEquals(5, job.getInt("total"));
        assertEquals("Civilité", job.getJsonArray("columns").getJsonObject(0).getString("header"));
        assertEquals("civility firstName lastName email mobilePhone line1 postalCode city householdKey registeredOn",
                job.getJsonArray("columns").stream().map(c -> c.asJsonObject().getString("target"))
                        .collect(Collectors.joining(" ")));
        JsonArray preview = uploaded.json().getJsonArray("preview");
        assertEquals(5, preview.size());
        assertEquals("CREATED CREATED CREATED CREATED CREATED",
                preview.stream().map(r -> r.asJsonObject().getString("outcome")).collect(Collectors.joining(" ")), preview.toString());
        assertEquals("8 place de l'Église; " + tag, preview.getJsonObject(2).getJsonObject("values").getString("line1"));

        JsonObject done = runToTheEnd(uploaded);
        assertEquals("DONE", done.getString("status"), done + " " + lines(uploaded.header("Location"), null));
        assertEquals(5, done.getInt("createdPersons"));
        assertEquals(3, done.getInt("createdHouseholds"));
        assertEquals(5, done.getInt("processed"));
        assertEquals(5, lines(uploaded.header("Location"), "CREATED").size());

        JsonObject marie = personByEmail("marie." + tag + "@example.org");
        assertEquals("Lefèvre", marie.getString("lastName"));
        assertEquals("+33612345678", marie.getString("mobilePhone"));
        assertEquals("2021-03-03T23:00:00Z", marie.getString("createdAt"), "registered on 4 March 2021, Paris time");
        JsonObject household = api.get("/api/v1/households/" + marie.getJsonNumber("householdId")).json();
        assertEquals("Foyer LEFÈVRE", household.getString("name"));
        assertEquals(marie.getJsonNumber("id"), household.getJsonNumber("mainContactId"));
        assertEquals(2, household.getJsonArray("members").size());
        JsonObject loic = personByEmail("loic." + tag + "@example.org");
        assertEquals(1, api.get("/api/v1/households/" + loic.getJsonNumber("householdId")).json().getJsonArray("members").size());
        assertEquals(0, TestServices.count("select count(*) from import_job where id = " + done.getJsonNumber("id")
                + " and content is not null"), "the file is blanked once done");
        assertTrue(TestServices.count("select count(*) from audit_event where actor = 'admin' and subject_type = 'Person'"
                + " and subject_id = " + marie.getJsonNumber("id")) >= 1, "created persons are audited under the uploader");
    }

    @Test
    void aLargeFileReportsItsProgressAndEndsDone() throws Exception {
        StringBuilder csv = new StringBuilder("Nom;Prénom;Courriel;Foyer\n");
        int rows = 450; // more than two progress batches
        for (int i = 0; i < rows; i++) {
            csv.append("Grand").append(tag).append(';').append("Prénom").append(i).append(';')
                    .append("grand").append(i).append('.').append(tag).append("@example.org;").append(i / 2).append('\n');
        }
        Api.Reply uploaded = upload("grand.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(201, uploaded.status(), uploaded.body());
        JsonObject job = runToTheEnd(uploaded);
        assertEquals("DONE", job.getString("status"), job.toString());
        assertEquals(rows, job.getInt("processed"));
        assertEquals(rows, job.getInt("createdPersons"));
        assertEquals(rows / 2, job.getInt("createdHouseholds"));
        assertEquals(rows, api.get("/api/v1/persons?q=grand" + tag).json().getInt("total"));
    }

    @Test
    void aGaletteExportInWindows1252KeepsItsAccents() throws Exception {
        Api.Reply uploaded = upload("galette.csv", file("galette-windows-1252.csv", CsvSniffer.WINDOWS_1252, tag), "text/csv");
        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals("windows-1252", uploaded.json().getJsonObject("job").getString("encoding"));
        assertEquals(",", uploaded.json().getJsonObject("job").getString("separator"));
        assertEquals("DONE", runToTheEnd(uploaded).getString("status"));
        JsonObject zoe = personByEmail("zoe." + tag + "@example.org");
        assertEquals("Lefèvre", zoe.getString("lastName"));
        assertEquals("Zoé", zoe.getString("firstName"));
        assertEquals("Quimperlé", zoe.getJsonObject("address").getString("city"));
        assertEquals("12, rue de l'Abbaye " + tag, zoe.getJsonObject("address").getString("line1"));
        assertEquals("Gaël", personByEmail("gael." + tag + "@example.org").getString("firstName"));
    }

    @Test
    void anXlsxWorkbookIsImportedFromItsFirstSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "sillon-test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Adhérents");
            List<String> headers = List.of("Nom", "Prénom", "E-mail", "CP", "Ville", "Adresse");
            for (int i = 0; i < headers.size(); i++) {
                ws.value(0, i, headers.get(i));
            }
            ws.value(1, 0, "Guével");
            ws.value(1, 1, "Nolwenn");
            ws.value(1, 2, "nolwenn." + tag + "@example.org");
            ws.value(1, 3, 29000);
            ws.value(1, 4, "Quimper");
            ws.value(1, 5, "4 rue Kéréon " + tag);
        }
        Api.Reply uploaded = upload("adherents.xlsx", out.toByteArray(), XLSX);
        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals("XLSX", uploaded.json().getJsonObject("job").getString("format"));
        assertEquals("DONE", runToTheEnd(uploaded).getString("status"));
        JsonObject nolwenn = personByEmail("nolwenn." + tag + "@example.org");
        assertEquals("29000", nolwenn.getJsonObject("address").getString("postalCode"));
        assertEquals("Guével", nolwenn.getString("lastName"));
    }

    @Test
    void aBrokenFileIsRefusedNamingTheFileAndLineAndNothingIsStored() throws Exception {
        long before = TestServices.count("select count(*) from import_job");
        Api.Reply broken = upload("broken.csv", file("broken.csv", StandardCharsets.UTF_8, tag), "text/csv");
        assertEquals(400, broken.status(), broken.body());
        String detail = broken.json().getString("detail");
        assertTrue(detail.contains("broken.csv line 3"), detail);
        Api.Reply empty = upload("vide.csv", new byte[0], "text/csv");
        assertEquals(400, empty.status(), empty.body());
        Api.Reply binary = api.header("Content-Disposition", "attachment; filename=\"photo.png\"")
                .sendBytes("POST", "/api/v1/imports", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "image/png");
        assertEquals(400, binary.status(), binary.body());
        assertTrue(binary.json().getString("detail").contains("photo.png: this is neither a CSV nor an XLSX file"), binary.body());
        assertEquals(before, TestServices.count("select count(*) from import_job"));
    }

    @Test
    void workbooksThatUnpackPastTheLimitsAreRefusedAndTheServerGoesOn() throws Exception {
        long before = TestServices.count("select count(*) from import_job");
        // the two files a security probe ran the server out of memory with
        Api.Reply cell = upload("cellule.xlsx", XlsxFiles.inflatedCell(1_500_000_000L), XLSX);
        assertTooLarge(cell, "cellule.xlsx: part xl/worksheets/sheet1.xml is compressed more than 100 times"
                + " (limit sillon.imports.max-ratio)");
        Api.Reply rows = upload("lignes.xlsx", XlsxFiles.manyRows(8_000_000), XLSX);
        assertTooLarge(rows, "lignes.xlsx: part xl/worksheets/sheet1.xml unpacks to more than 67108864 bytes"
                + " (limit sillon.imports.max-inflated-bytes)");
        assertEquals(before, TestServices.count("select count(*) from import_job"));

        Api.Reply health = Api.at(base).get("/health");
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("\"UP\""), health.body());
        Api.Reply small = upload("adherents.csv", ("Nom;Prénom;Courriel\nLe Bihan;Anna;anna." + tag + "@example.org\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(201, small.status(), small.body());
        assertEquals(before + 1, TestServices.count("select count(*) from import_job"));
    }

    private static void assertTooLarge(Api.Reply reply, String message) {
        assertEquals(413, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.header("Content-Type"), reply.body());
        JsonObject problem = reply.json();
        assertEquals("https://sillon.org/problems/import-too-large", problem.getString("type"));
        assertEquals("file", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(message, problem.getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void aFileWithInvalidRowsFailsWithItsReportAndCreatesNothing() throws Exception {
        Api.Reply uploaded = upload("invalides.csv", file("invalid-rows.csv", StandardCharsets.UTF_8, tag), "text/csv");
        assertEquals(201, uploaded.status(), uploaded.body());
        long persons = TestServices.count("select count(*) from person");
        long households = TestServices.count("select count(*) from household");
        JsonObject failed = runToTheEnd(uploaded);
        assertEquals("FAILED", failed.getString("status"));
        assertEquals(3, failed.getInt("errors"));
        assertEquals(0, failed.getInt("createdPersons"));
        assertEquals(List.of("3 ERROR lastName is required", "4 ERROR email is not a valid email address",
                "5 ERROR address.postalCode a French postal code has five digits"),
                lines(uploaded.header("Location"), "ERROR"));
        assertEquals(persons, TestServices.count("select count(*) from person"));
        assertEquals(households, TestServices.count("select count(*) from household"));
    }

    @Test
    void duplicatesOfTheRegistryAndWithinTheFileAreReportedAndSkipped() throws Exception {
        assertEquals(201, api.post("/api/v1/persons", Api.json("firstName", "Marie", "lastName", "Dupont",
                "email", "existing." + tag + "@example.org")).status());
        long jean = api.post("/api/v1/persons", Api.json("firstName", "Jean", "lastName", "Kerouac",
                "address", jakarta.json.Json.createObjectBuilder().add("line1", "5 rue du Port " + tag)
                        .add("postalCode", "56100").add("city", "Lorient").build())).id();
        Api.Reply uploaded = upload("doublons.csv", file("duplicates.csv", StandardCharsets.UTF_8, tag), "text/csv");
        assertEquals(201, uploaded.status(), uploaded.body());
        JsonArray preview = uploaded.json().getJsonArray("preview");
        assertEquals("DUPLICATE DUPLICATE CREATED DUPLICATE CREATED DUPLICATE",
                preview.stream().map(r -> r.asJsonObject().getString("outcome")).collect(Collectors.joining(" ")));
        assertEquals("duplicate of Jean Kerouac (person no. " + jean + ")", preview.getJsonObject(1).getString("duplicate"));

        JsonObject done = runToTheEnd(uploaded);
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals(2, done.getInt("createdPersons"));
        assertEquals(4, done.getInt("duplicates"));
        List<String> dups = lines(uploaded.header("Location"), "DUPLICATE");
        assertEquals(4, dups.size(), dups.toString());
        assertTrue(dups.get(0).startsWith("2 DUPLICATE email duplicate of Marie Dupont (person no. "), dups.get(0));
        assertEquals("3 DUPLICATE address duplicate of Jean Kerouac (person no. " + jean + ")", dups.get(1));
        assertEquals("5 DUPLICATE email duplicate of line 4", dups.get(2));
        assertEquals("7 DUPLICATE address duplicate of line 6", dups.get(3));
        assertEquals("Simon", personByEmail("nina." + tag + "@example.org").getString("lastName"));
        assertEquals(0, api.get("/api/v1/persons?q=Dupont-Autre").json().getJsonArray("items").size());
    }

    /** Three rows in two households: Anne and Youen (key A) joined on the dates given, Soizic (B) has none. */
    private byte[] joinDates(String who) {
        return ("Prénom;Nom;Courriel;Date d'adhésion;Foyer\n"
                + "Anne;Kerleau" + tag + ";anne." + who + tag + "@example.org;15/09/2022;A\n"
                + "Youen;Kerleau" + tag + ";youen." + who + tag + "@example.org;03/02/2021;A\n"
                + "Soizic;Kerleau" + tag + ";soizic." + who + tag + "@example.org;;B\n").getBytes(StandardCharsets.UTF_8);
    }

    private JsonObject householdOf(String email) {
        return api.get("/api/v1/households/" + personByEmail(email).getJsonNumber("householdId")).json();
    }

    @Test
    void householdsWithAJoinDateArriveActiveSinceTheEarliestAndTheMappingCanChooseTheirStatus() throws Exception {
        Api.Reply uploaded = upload("adhesions.csv", joinDates("a"), "text/csv");
        assertEquals(201, uploaded.status(), uploaded.body());
        JsonObject job = uploaded.json().getJsonObject("job");
        assertEquals("registeredOn", job.getJsonArray("columns").getJsonObject(3).getString("target"));
        assertTrue(job.isNull("householdStatus"), "by default, the status goes by the join dates");
        assertEquals("DONE", runToTheEnd(uploaded).getString("status"));
        JsonObject anne = householdOf("anne.a" + tag + "@example.org");
        assertEquals("ACTIVE", anne.getString("status"));
        assertEquals("2021-02-03", anne.getString("statusSince"), "active since the earliest member joined");
        assertEquals("PROSPECT", householdOf("soizic.a" + tag + "@example.org").getString("status"));

        Api.Reply second = upload("adhesions.csv", joinDates("b"), "text/csv");
        String location = second.header("Location");
        List<String> targets = List.of("firstName", "lastName", "email", "registeredOn", "householdKey");
        Api.Reply unknown = api.header("If-Match", second.etag()).put(location + "/mapping",
                Api.json("targets", targets, "householdStatus", "MEMBER"));
        assertEquals(400, unknown.status(), unknown.body());
        Api.Reply lapsed = api.header("If-Match", second.etag()).put(location + "/mapping",
                Api.json("targets", targets, "householdStatus", "LAPSED"));
        assertEquals(200, lapsed.status(), lapsed.body());
        assertEquals("LAPSED", lapsed.json().getJsonObject("job").getString("householdStatus"));
        assertEquals("DONE", runToTheEnd(location, lapsed.etag()).getString("status"));
        assertEquals("LAPSED", householdOf("anne.b" + tag + "@example.org").getString("status"));
        assertEquals("LAPSED", householdOf("soizic.b" + tag + "@example.org").getString("status"));
    }

    @Test
    void theMappingCanBeChangedWithTheVersionReadAndAJobRunsOnce() throws Exception {
        Api.Reply uploaded = upload("adherents.csv", file("invalid-rows.csv", StandardCharsets.UTF_8, tag), "text/csv");
        String location = uploaded.header("Location");
        // the postal code and address columns ignored: line 5 loses its bad postal code, line 3 still has no last name
        Api.Reply remapped = api.header("If-Match", uploaded.etag()).put(location + "/mapping",
                Api.json("targets", jakarta.json.Json.createArrayBuilder().add("firstName").add("lastName").add("email")
                        .addNull().add("city").add("").build()));
        assertEquals(200, remapped.status(), remapped.body());
        assertNull(text(remapped.json().getJsonObject("job").getJsonArray("columns").getJsonObject(3), "target"));
        assertEquals("ERROR", remapped.json().getJsonArray("preview").getJsonObject(1).getString("outcome"));
        assertEquals("CREATED", remapped.json().getJsonArray("preview").getJsonObject(3).getString("outcome"),
                "without its postal code column, line 5 is valid");
        Api.Reply stale = api.header("If-Match", uploaded.etag()).put(location + "/mapping",
                Api.json("targets", List.of("firstName", "lastName", "email", "postalCode", "city", "line1")));
        assertEquals(412, stale.status(), stale.body());
        Api.Reply twice = api.header("If-Match", remapped.etag()).put(location + "/mapping",
                Api.json("targets", List.of("firstName", "firstName", "email", "postalCode", "city", "line1")));
        assertEquals(400, twice.status(), twice.body());

        Api.Reply started = api.header("If-Match", remapped.etag()).sendBytes("POST", location + "/run", (byte[]) null, null);
        assertEquals(202, started.status(), started.body());
        Api.Reply again = api.header("If-Match", "*").sendBytes("POST", location + "/run", (byte[]) null, null);
        assertEquals(409, again.status(), again.body());
        JsonObject listed = api.get("/api/v1/imports?size=5").json();
        assertNotNull(listed.getJsonArray("items").stream().filter(j -> j.asJsonObject().getJsonNumber("id").longValue()
                == uploaded.json().getJsonObject("job").getJsonNumber("id").longValue()).findFirst().orElse(null));
    }

    @Test
    void onlyEditorsImport() {
        String treasurer = org.sillon.testing.Staff.create(api, "TREASURER").token();
        assertEquals(403, api.as(treasurer).sendBytes("POST", "/api/v1/imports?filename=a.csv",
                "nom;prenom\nA;B\n".getBytes(StandardCharsets.UTF_8), "text/csv").status());
    }

    /** A text member, null when absent or null (JSON-B leaves nulls out). */
    private static String text(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : null;
    }
}
