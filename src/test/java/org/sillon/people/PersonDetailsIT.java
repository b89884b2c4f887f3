package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.Problems;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/** Origin, date joined, tags, notes and consents of persons, through the API against the real database. */
@ExtendWith(ArquillianExtension.class)
class PersonDetailsIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        tag = "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long person(String lastName) {
        Api.Reply created = api.post("/api/v1/persons", Api.json("firstName", "Maëlle", "lastName", lastName,
                "tags", List.of(tag)));
        assertEquals(201, created.status(), created.body());
        return created.id();
    }

    private static List<String> strings(JsonArray a) {
        return a.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void originDateJoinedAndTagsAreKeptAndTagsFilterTheList() {
        Api.Reply created = api.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", "Kervella",
                "source", "FAIR", "joinedOn", "2024-03-01", "tags", List.of(" Panier   solidaire ", tag, "panier SOLIDAIRE")));
        assertEquals(201, created.status(), created.body());
        JsonObject p = created.json();
        assertEquals("FAIR", p.getString("source"));
        assertEquals("2024-03-01", p.getString("joinedOn"));
        assertEquals(List.of(tag, "Panier solidaire"), strings(p.getJsonArray("tags")));
        // read back: its two tags come joined to the person in one row each, and make one person
        JsonObject read = api.get("/api/v1/persons/" + p.getJsonNumber("id").longValue()).json();
        assertEquals(List.of(tag, "Panier solidaire"), strings(read.getJsonArray("tags")));

        JsonObject plain = api.post("/api/v1/persons", Api.json("firstName", "Bleuenn", "lastName", "Kervella")).json();
        assertEquals(LocalDate.now(ZoneId.of("Europe/Paris")).toString(), plain.getString("joinedOn"));
        assertTrue(plain.isNull("source"));
        assertEquals(0, plain.getJsonArray("tags").size());

        JsonObject byTag = api.get("/api/v1/persons?tag=" + tag.toUpperCase()).json();
        assertEquals(1, byTag.getInt("total"));
        assertEquals(p.getJsonNumber("id").longValue(), byTag.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());

        JsonArray inUse = api.get("/api/v1/tags?q=" + tag).array();
        assertEquals(1, inUse.size());
        assertEquals(tag, inUse.getJsonObject(0).getString("tag"));
        assertEquals(1, inUse.getJsonObject(0).getInt("persons"));
    }

    @Test
    void aStaleReplacementChangesNoTagAndACurrentOneKeepsTheFirstSpelling() {
        Api.Reply created = api.post("/api/v1/persons", Api.json("firstName", "Yann", "lastName", "Le Goff",
                "tags", List.of(tag, "Bio")));
        String location = created.header("Location");
        Api.Reply updated = api.header("If-Match", created.etag()).put(location, Api.json("firstName", "Yann",
                "lastName", "Le Goff", "source", "PRESS", "tags", List.of(tag, "BIO", "Bénévole")));
        assertEquals(200, updated.status(), updated.body());
        assertEquals(List.of("Bénévole", "Bio", tag), strings(updated.json().getJsonArray("tags")));
        assertEquals("PRESS", updated.json().getString("source"));

        Api.Reply stale = api.header("If-Match", created.etag()).put(location, Api.json("firstName", "Yann",
                "lastName", "Le Goff", "tags", List.of()));
        assertEquals(412, stale.status(), stale.body());
        assertEquals(3, api.get(location).json().getJsonArray("tags").size(), "a stale write changes nothing");
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() throws SQLException {
        long id = person("Refus");
        long persons = TestServices.count("select count(*) from person");
        long notes = TestServices.count("select count(*) from person_note");
        long consents = TestServices.count("select count(*) from consent_record");
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2).toString();

        Problems.assertField(api.post("/api/v1/persons", Api.json("firstName", "A", "lastName", "B", "joinedOn", tomorrow)), "joinedOn");
        Problems.assertField(api.post("/api/v1/persons", Api.json("firstName", "A", "lastName", "B", "joinedOn", "hier")), "joinedOn");
        Problems.assertField(api.post("/api/v1/persons", Api.json("firstName", "A", "lastName", "B", "source", "TV")), "source");
        Problems.assertField(api.post("/api/v1/persons", Api.json("firstName", "A", "lastName", "B",
                "tags", List.of("x".repeat(41)))), "tags");
        Problems.assertField(api.get("/api/v1/persons?consent=SPAM"), "consent");
        Problems.assertField(api.post("/api/v1/persons/" + id + "/notes", Api.json("text", "  ")), "text");
        Problems.assertField(api.post("/api/v1/persons/" + id + "/notes", Api.json("text", "x".repeat(4001))), "text");
        Problems.assertField(api.post("/api/v1/persons/" + id + "/notes", Api.json("body", "x")), "body");
        String consents1 = "/api/v1/persons/" + id + "/consents";
        Problems.assertField(api.post(consents1, Api.json("purpose", "NEWSLETTER", "source", "FORM")), "granted");
        Problems.assertField(api.post(consents1, Api.json("purpose", "SPAM", "granted", true, "source", "FORM")), "purpose");
        Problems.assertField(api.post(consents1, Api.json("purpose", "NEWSLETTER", "granted", true)), "source");
        Problems.assertField(api.post(consents1, Api.json("granted", true, "source", "FORM")), "purpose");
        assertEquals(404, api.get("/api/v1/persons/999999999/notes").status());
        assertEquals(404, api.get("/api/v1/persons/999999999/consents").status());
        assertEquals(404, api.post("/api/v1/persons/999999999/notes", Api.json("text", "x")).status());
        assertEquals(404, api.post("/api/v1/persons/999999999/consents",
                Api.json("purpose", "NEWSLETTER", "granted", true, "source", "FORM")).status());

        assertEquals(persons, TestServices.count("select count(*) from person"));
        assertEquals(notes, TestServices.count("select count(*) from person_note"));
        assertEquals(consents, TestServices.count("select count(*) from consent_record"));
    }

    @Test
    void notesAreSignedByTheServerAndDeletedOnlyByTheirAuthorOrAnAdministrator() throws SQLException {
        long id = person("Notes");
        Staff.Member author = Staff.create(api, "ANIMATOR");
        Staff.Member other = Staff.create(api, "ANIMATOR");
        String notes = "/api/v1/persons/" + id + "/notes";

        Api.Reply first = api.as(author.token()).post(notes, Api.json("text", " Rencontrée au salon.\nRappeler en juin. "));
        assertEquals(201, first.status(), first.body());
        assertEquals(author.username(), first.json().getString("author"));
        assertEquals("Rencontrée au salon.\nRappeler en juin.", first.json().getString("text"));
        assertEquals(200, api.get(first.header("Location")).status());
        long firstId = first.id();
        long secondId = api.as(author.token()).post(notes, Api.json("text", "Deuxième note")).id();

        JsonArray listed = api.as(other.token()).get(notes).array();
        assertEquals(List.of(secondId, firstId), listed.getValuesAs(JsonObject.class).stream()
                .map(n -> n.getJsonNumber("id").longValue()).toList(), "newest first");

        assertEquals(403, api.as(other.token()).delete(notes + "/" + firstId).status());
        assertEquals(2, api.get(notes).array().size());
        assertEquals(404, api.as(author.token()).delete("/api/v1/persons/" + person("Autre") + "/notes/" + firstId).status());
        assertEquals(204, api.as(author.token()).delete(notes + "/" + firstId).status());
        assertEquals(204, api.delete(notes + "/" + secondId).status(), "an administrator deletes any note");
        assertEquals(0, api.get(notes).array().size());
        assertEquals(2, TestServices.count("select count(*) from audit_event where subject_type = 'PersonNote'"
                + " and action = 'DELETED' and subject_id in (" + firstId + ", " + secondId + ")"));
    }

    @Test
    void consentIsNeverPresumedAndTheLatestLineDecides() throws SQLException {
        long id = person("Consent");
        String consents = "/api/v1/persons/" + id + "/consents";
        JsonObject none = api.get(consents).json();
        assertEquals(3, none.getJsonArray("current").size());
        none.getJsonArray("current").getValuesAs(JsonObject.class).forEach(c -> {
            assertFalse(c.getBoolean("granted"));
            assertTrue(c.isNull("decidedBy"));
        });
        assertEquals(0, none.getJsonArray("history").size());
        String newsletter = "/api/v1/persons?tag=" + tag + "&consent=NEWSLETTER";
        assertEquals(0, api.get(newsletter).json().getInt("total"));

        Api.Reply granted = api.post(consents, Api.json("purpose", "NEWSLETTER", "granted", true, "source", "PAPER"));
        assertEquals(201, granted.status(), granted.body());
        JsonObject state = granted.json().getJsonArray("current").getJsonObject(0);
        assertEquals("NEWSLETTER", state.getString("purpose"));
        assertTrue(state.getBoolean("granted"));
        assertEquals("PAPER", state.getJsonObject("decidedBy").getString("source"));
        assertEquals(1, api.get(newsletter).json().getInt("total"));
        assertEquals(0, api.get("/api/v1/persons?tag=" + tag + "&consent=EVENT_NEWS").json().getInt("total"));

        assertEquals(201, api.post(consents, Api.json("purpose", "NEWSLETTER", "granted", false, "source", "EMAIL")).status());
        JsonObject after = api.get(consents).json();
        assertFalse(after.getJsonArray("current").getJsonObject(0).getBoolean("granted"));
        JsonArray history = after.getJsonArray("history");
        assertEquals(2, history.size());
        assertFalse(history.getJsonObject(0).getBoolean("granted"), "newest first");
        assertEquals("EMAIL", history.getJsonObject(0).getString("source"));
        assertEquals(0, api.get(newsletter).json().getInt("total"));
        assertEquals(2, TestServices.count("select count(*) from consent_record where person_id = " + id));
    }

    @Test
    void aSheetOfSeveralPersonsIsRecordedWholeOrNotAtAll() throws SQLException {
        long anne = person("Feuille");
        long bleuenn = person("Feuille");
        long lines = TestServices.count("select count(*) from consent_record");

        Api.Reply recorded = api.post("/api/v1/consents", Api.json("lines", List.of(
                line(anne, "NEWSLETTER", true, "PAPER"), line(bleuenn, "EVENT_NEWS", true, "PAPER"),
                line(anne, "NEWSLETTER", false, "PAPER"))));
        assertEquals(200, recorded.status(), recorded.body());
        assertEquals(3, recorded.json().getInt("lines"));
        JsonObject anneNow = api.get("/api/v1/persons/" + anne + "/consents").json();
        assertFalse(anneNow.getJsonArray("current").getJsonObject(0).getBoolean("granted"), "the sheet's last line decides");
        assertEquals(2, anneNow.getJsonArray("history").size());
        assertFalse(anneNow.getJsonArray("history").getJsonObject(0).getBoolean("granted"), "newest first");
        JsonObject eventNews = api.get("/api/v1/persons/" + bleuenn + "/consents").json().getJsonArray("current")
                .getJsonObject(1);
        assertEquals("EVENT_NEWS", eventNews.getString("purpose"));
        assertTrue(eventNews.getBoolean("granted"));
        assertEquals(1, api.get("/api/v1/persons?tag=" + tag + "&consent=EVENT_NEWS").json().getInt("total"));
        assertEquals(3, TestServices.count("select count(*) from audit_event where subject_type = 'ConsentRecord'"
                + " and action = 'CREATED' and subject_id in (select id from consent_record where person_id in ("
                + anne + ", " + bleuenn + "))"));
        lines += 3;

        // each refusal names its line and field, and records nothing, not even the sheet's good lines
        JsonObject good = line(anne, "VOLUNTEERING", true, "FORM");
        Problems.assertField(api.post("/api/v1/consents", Api.json("lines", List.of(good,
                line(999_999_999L, "NEWSLETTER", true, "FORM")))), "lines[1].personId");
        Problems.assertField(api.post("/api/v1/consents", Api.json("lines", List.of(good,
                Api.object("personId", bleuenn, "purpose", "SPAM", "granted", true, "source", "FORM")))), "lines[1].purpose");
        Problems.assertField(api.post("/api/v1/consents", Api.json("lines", List.of(
                Api.object("personId", anne, "purpose", "NEWSLETTER", "source", "FORM")))), "lines[0].granted");
        Problems.assertField(api.post("/api/v1/consents", Api.json("lines", List.of(
                Api.object("personId", anne, "purpose", "NEWSLETTER", "granted", true)))), "lines[0].source");
        Problems.assertField(api.post("/api/v1/consents", Api.json("lines", List.of(good,
                Api.object("personId", anne, "granted", true, "source", "FORM")))), "lines[1].purpose");
        Problems.assertField(api.post("/api/v1/consents", Api.json("lines", List.of(
                Api.object("purpose", "NEWSLETTER", "granted", true, "source", "FORM")))), "lines[0].personId");
        Problems.assertField(api.post("/api/v1/consents", "{\"lines\": [null]}"), "lines[0]");
        Problems.assertField(api.post("/api/v1/consents", Api.json("lines", List.of())), "lines");
        Problems.assertField(api.post("/api/v1/consents", "{}"), "lines");
        Problems.assertField(api.post("/api/v1/consents", Api.json("lines", java.util.Collections.nCopies(1001, good))),
                "lines");
        assertEquals(lines, TestServices.count("select count(*) from consent_record"));
    }

    private static JsonObject line(long personId, String purpose, boolean granted, String source) {
        return Api.object("personId", personId, "purpose", purpose, "granted", granted, "source", source);
    }
}
