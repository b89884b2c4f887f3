package org.sillon.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import db.migration.V10_1__SearchTextBackfill;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.Problems;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/**
 * Accent- and case-blind search on the three lists, every word of a search required, and the exports of
 * what a list shows, read back as Excel would.
 */
@ExtendWith(ArquillianExtension.class)
class SearchExportIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;
    private long helene;
    private long jean;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        helene = created(api.post("/api/v1/persons", Api.json("firstName", "Hélène", "lastName", "Côté",
                "email", "hc" + tag + "@example.org", "mobilePhone", "06 12 34 56 78", "address",
                Json.createObjectBuilder().add("line1", "1 rue Basse").add("postalCode", "42000")
                        .add("city", "Saint-Étienne").build())));
        jean = created(api.post("/api/v1/persons", Api.json("firstName", "Jean", "lastName", "Lefèvre",
                "email", "jl" + tag + "@example.org")));
    }

    /**
     * Each test's persons and households go with it: eight Hélène Côté with the same phone at the same address
     * would otherwise make 28 pairs scoring 100 on the duplicates page, above the pair its own test looks for.
     */
    @AfterEach
    void tearDown() {
        for (long household : ids("/api/v1/households", tag)) {
            api.delete("/api/v1/households/" + household);
        }
        assertEquals(204, api.delete("/api/v1/persons/" + helene).status());
        assertEquals(204, api.delete("/api/v1/persons/" + jean).status());
    }

    private static long created(Api.Reply r) {
        assertEquals(201, r.status(), r.body());
        return r.id();
    }

    private List<Long> ids(String path, String q) {
        Api.Reply r = api.get(path + "?size=200&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    @Test
    void personsAreFoundWithoutAccentsOrCapitalsAndByEveryWord() {
        assertEquals(List.of(jean), ids("/api/v1/persons", "lefevre " + tag));
        assertEquals(List.of(jean), ids("/api/v1/persons", "LEFÈVRE " + tag.toUpperCase()));
        assertEquals(List.of(helene), ids("/api/v1/persons", "helene cote " + tag));
        assertEquals(List.of(helene), ids("/api/v1/persons", "saint etienne " + tag), "by city");
        assertEquals(List.of(helene), ids("/api/v1/persons", "42000 " + tag), "by postal code");
        assertEquals(List.of(helene), ids("/api/v1/persons", "+33612345678 " + tag), "by phone");
        assertEquals(List.of(), ids("/api/v1/persons", "helene lefevre " + tag), "every word must match");
        assertEquals(List.of(helene, jean), ids("/api/v1/persons", tag + "@example.org"), "by name order");
        assertTrue(ids("/api/v1/persons", "lefevre").contains(jean));
    }

    @Test
    void householdsMatchOnTheirNameOrTheirMembers() {
        long cote = created(api.post("/api/v1/households", Api.json("name", "Foyer Côté " + tag, "mainContactId", helene)));
        long garden = created(api.post("/api/v1/households", Api.json("name", "Les Jardins " + tag,
                "mainContactId", jean)));
        assertEquals(List.of(cote), ids("/api/v1/households", "foyer cote " + tag));
        assertEquals(List.of(garden), ids("/api/v1/households", "jean lefevre " + tag), "a member's words");
        assertEquals(List.of(garden), ids("/api/v1/households", "jardins lefevre " + tag), "name and member together");
        assertEquals(List.of(cote, garden), ids("/api/v1/households", tag));
    }

    @Test
    void organisationsAreFoundByNameEmailSiretAndCity() {
        long creche = created(api.post("/api/v1/organisations", Api.json("name", "Crèche Les Pâquerettes " + tag,
                "kind", "NURSERY", "email", "creche@" + tag + ".fr", "address",
                Json.createObjectBuilder().add("postalCode", "25000").add("city", "Besançon").build())));
        assertEquals(List.of(creche), ids("/api/v1/organisations", "CRECHE paquerettes besancon " + tag));
        assertEquals(List.of(creche), ids("/api/v1/organisations", "creche@" + tag));
        assertEquals(List.of(), ids("/api/v1/organisations", "restaurant " + tag));
    }

    @Test
    void rowsStoredBeforeTheSearchColumnGetTheirTextFromTheBackfill() throws SQLException {
        long id = -Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) - 1;
        try (Connection c = TestServices.jdbc()) {
            try (PreparedStatement insert = c.prepareStatement("insert into person (id, first_name, last_name,"
                    + " email, city, language, joined_on, created_at, updated_at) values (?, 'Anaïs', 'Lefèvre-Quéré', ?,"
                    + " 'Quimper', 'FR', current_date, now(), now())")) {
                insert.setLong(1, id);
                insert.setString(2, "old" + tag + "@example.org");
                insert.executeUpdate();
            }
            assertTrue(V10_1__SearchTextBackfill.backfill(c) >= 1);
            try (PreparedStatement read = c.prepareStatement("select search_text from person where id = ?")) {
                read.setLong(1, id);
                ResultSet rs = read.executeQuery();
                rs.next();
                assertEquals("anais lefevre quere old" + tag + "@example.org quimper", rs.getString(1));
            }
        }
        assertEquals(List.of(id), ids("/api/v1/persons", "anais quere " + tag));
        assertEquals(1, TestServices.count("select count(*) from flyway_schema_history where version = '10.1'"
                + " and success"), "the backfill ran as a migration at startup");
    }

    @Test
    void aCsvExportHoldsTheListAsFilteredAndSortedReadyForExcel() throws IOException, SQLException {
        created(api.post("/api/v1/persons", Api.json("firstName", "=HYPERLINK(\"http://evil\")", "lastName",
                "Zorro", "email", "z" + tag + "@example.org")));
        Api.Reply r = api.get("/api/v1/exports/persons?format=csv&sort=lastName,desc&q=" + tag);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("text/csv"), r.header("Content-Type"));
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        assertEquals("attachment; filename=\"personnes-" + today + ".csv\"", r.header("Content-Disposition"));
        String body = r.body();
        assertTrue(body.startsWith("\uFEFFNom;Prénom;Courriel;"), body);
        assertTrue(body.contains("\r\n"));
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setDelimiter(';').get()
                .parse(new StringReader(body.substring(1))).getRecords();
        assertEquals(4, rows.size(), body);
        assertEquals(List.of("Zorro", "Lefèvre", "Côté"), rows.subList(1, 4).stream().map(x -> x.get(0)).toList());
        assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(1).get(1), "a formula stays text");
        assertEquals("'+33612345678", rows.get(3).get(4), "a phone starting with + is guarded too");
        assertEquals("Saint-Étienne", rows.get(3).get(8));
        assertEquals(1, TestServices.count("select count(*) from audit_event where action = 'EXPORTED'"
                + " and subject_type = 'PERSONS' and subject_id = 0 and changes like '%" + tag + "%'"));
    }

    @Test
    void anXlsxExportReadsBackWithTheSameRows() throws IOException {
        created(api.post("/api/v1/households", Api.json("name", "Foyer Côté " + tag, "mainContactId", helene,
                "memberIds", List.of(jean))));
        byte[] xlsx = api.getBytes("/api/v1/exports/households?format=xlsx&q=" + tag);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals(2, rows.size());
            assertEquals(List.of("Nom du foyer", "Statut", "Contact principal", "Courriel", "Téléphone", "Portable",
                    "Adresse", "Complément", "Code postal", "Ville", "Membres", "Créé le"),
                    rows.get(0).stream().map(c -> c.getText()).toList());
            Row cote = rows.get(1);
            assertEquals("Foyer Côté " + tag, cote.getCellText(0));
            assertEquals("Prospect", cote.getCellText(1));
            assertEquals("Hélène Côté", cote.getCellText(2));
            assertEquals("hc" + tag + "@example.org", cote.getCellText(3));
            assertEquals("+33612345678", cote.getCellText(5), "the main contact's phones");
            assertEquals("1 rue Basse", cote.getCellText(6), "no delivery address: the main contact's");
            assertEquals("42000", cote.getCellText(8));
            assertEquals("Saint-Étienne", cote.getCellText(9));
            assertEquals("Hélène Côté, Jean Lefèvre", cote.getCellText(10));
            assertEquals(CellType.NUMBER, cote.getCell(11).getType(), "a date, not a text");
            assertEquals(LocalDate.now(ZoneId.of("Europe/Paris")), cote.getCellAsDate(11).orElseThrow().toLocalDate());
        }
    }

    @Test
    void theHouseholdsExportKeepsTheListsFiltersAndTheDeliveryAddress() throws IOException {
        created(api.post("/api/v1/households", Api.json("name", "Foyer Côté " + tag, "mainContactId", helene)));
        created(api.post("/api/v1/households", Api.json("name", "Les Jardins " + tag, "mainContactId", jean,
                "status", "ACTIVE", "deliveryAddress", Json.createObjectBuilder().add("line1", "3 place du Marché")
                        .add("postalCode", "35000").add("city", "Rennes").build())));
        Api.Reply r = api.get("/api/v1/exports/households?format=csv&status=ACTIVE&q=" + tag);
        assertEquals(200, r.status(), r.body());
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setDelimiter(';').get()
                .parse(new StringReader(r.body().substring(1))).getRecords();
        assertEquals(2, rows.size(), r.body());
        CSVRecord jardins = rows.get(1);
        assertEquals("Les Jardins " + tag, jardins.get(0));
        assertEquals("Actif", jardins.get(1));
        assertEquals("Jean Lefèvre", jardins.get(2));
        assertEquals(List.of("3 place du Marché", "", "35000", "Rennes"), List.of(jardins.get(6), jardins.get(7),
                jardins.get(8), jardins.get(9)), "the delivery address before the main contact's");
        assertEquals("Jean Lefèvre", jardins.get(10));
        assertTrue(jardins.get(11).matches("\\d{2}/\\d{2}/\\d{4}"), "a French date in CSV: " + jardins.get(11));
        byte[] persons = api.getBytes("/api/v1/exports/persons?format=xlsx&sort=createdAt,desc&q=" + tag);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(persons))) {
            List<Row> rows2 = book.getFirstSheet().read();
            assertEquals(3, rows2.size());
            assertEquals(List.of("Lefèvre", "Côté"), List.of(rows2.get(1).getCellText(0), rows2.get(2).getCellText(0)),
                    "the list's sort");
            assertEquals(CellType.NUMBER, rows2.get(1).getCell(10).getType(), "a date, not a text");
        }
    }

    @Test
    void organisationsExportAndRefusalsOfBadParameters() throws IOException {
        created(api.post("/api/v1/organisations", Api.json("name", "CCAS de Rennes " + tag, "kind", "PUBLIC_BODY",
                "roles", List.of("FUNDER", "PARTNER"), "siret", "73282932000074")));
        Api.Reply csv = api.get("/api/v1/exports/organisations?kind=PUBLIC_BODY&q=" + tag);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().contains("CCAS de Rennes " + tag + ";Organisme public;Partenaire, Financeur;73282932000074"),
                csv.body());
        byte[] xlsx = api.getBytes("/api/v1/exports/organisations?format=xlsx&q=" + tag);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("73282932000074", book.getFirstSheet().read().get(1).getCellText(3));
        }
        Problems.assertField(api.get("/api/v1/exports/persons?format=pdf"), "format");
        Problems.assertField(api.get("/api/v1/exports/persons?sort=password"), "sort");
    }

    @Test
    void everyStaffRoleMayExportAndTheAuditNamesWho() throws SQLException {
        Staff.Member garden = Staff.create(Api.at(base), "GARDEN");
        Api.Reply r = Api.at(base).as(garden.token()).get("/api/v1/exports/households?q=" + tag);
        assertEquals(200, r.status(), r.body());
        assertEquals(1, TestServices.count("select count(*) from audit_event where action = 'EXPORTED'"
                + " and subject_type = 'HOUSEHOLDS' and actor = '" + garden.username() + "'"));
        JsonObject none = api.get("/api/v1/persons?q=" + tag + "zzz").json();
        assertEquals(0, none.getInt("total"));
    }
}
