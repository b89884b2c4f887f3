package org.sillon.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
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

/** GDPR access and erasure, and reading the audit trail, through the API against the real database. */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Staff.Member admin;
    private String tag;

    @BeforeEach
    void setUp() {
        admin = Staff.create(Api.at(base), "ADMIN");
        api = Api.at(base).as(admin.token());
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Reply person(String firstName, String lastName) {
        Api.Reply created = api.post("/api/v1/persons", Api.json("civility", "MRS", "firstName", firstName,
                "lastName", lastName, "email", firstName.toLowerCase() + "." + tag + "@example.org",
                "mobilePhone", "06 12 34 56 78", "address", jakarta.json.Json.createObjectBuilder()
                        .add("line1", "3 rue des Ajoncs").add("postalCode", "56270").add("city", "Ploemeur").build()));
        assertEquals(201, created.status(), created.body());
        return created;
    }

    private Api.Reply erase(long id, String etag, String reason) {
        return api.header("If-Match", etag).post("/api/v1/personal-data/" + id + "/erasure", Api.json("reason", reason));
    }

    private JsonArray audit(String query) {
        Api.Reply r = api.get("/api/v1/audit?" + query);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items");
    }

    @Test
    void theExportHoldsThePersonTheirHouseholdAndTheirAuditTrail() {
        Api.Reply anne = person("Anne", "Le Gall-" + tag);
        long id = anne.id();
        long yann = person("Yann", "Le Gall-" + tag).id();
        assertEquals(201, api.post("/api/v1/households", Api.json("name", "Foyer Le Gall " + tag, "mainContactId", id,
                "memberIds", List.of(yann))).status());

        Api.Reply export = api.get("/api/v1/personal-data/" + id);
        assertEquals(200, export.status(), export.body());
        assertTrue(export.header("Content-Disposition").startsWith("attachment"), export.header("Content-Disposition"));
        JsonObject data = export.json();
        List<String> sections = List.copyOf(data.keySet());
        assertEquals(List.of("person", "household"), sections.subList(0, 2));
        assertEquals("audit", sections.get(sections.size() - 1));
        assertEquals("anne." + tag + "@example.org", data.getJsonObject("person").getString("email"));
        JsonObject household = data.getJsonObject("household");
        assertEquals("Foyer Le Gall " + tag, household.getString("name"));
        assertEquals("Anne Le Gall-" + tag, household.getString("mainContact"));
        assertEquals(2, household.getJsonArray("members").size());
        JsonArray lines = data.getJsonArray("audit");
        assertEquals("CREATED", lines.getJsonObject(0).getString("action"));
        assertEquals("Le Gall-" + tag, lines.getJsonObject(0).getJsonObject("changes").getJsonObject("lastName").getString("to"));
        for (String section : sections.subList(2, sections.size() - 1)) {
            assertFalse(data.isNull(section), "every component's section is present: " + section);
        }

        JsonArray register = api.get("/api/v1/personal-data-requests?personId=" + id).json().getJsonArray("items");
        assertEquals(1, register.size());
        assertEquals("ACCESS", register.getJsonObject(0).getString("kind"));
        assertEquals(admin.username(), register.getJsonObject(0).getString("handledBy"));
    }

    @Test
    void theReadableExportEscapesWhatPeopleTyped() {
        long id = person("<script>alert(1)</script>", "Piège-" + tag).id();
        Api.Reply page = api.get("/api/v1/personal-data/" + id + "/html");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertFalse(page.body().contains("<script>"), page.body());
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page.body());
        assertTrue(page.body().contains("Piège-" + tag));
        assertTrue(page.body().contains("<h2>Journal des modifications</h2>"));
    }

    @Test
    void erasureAnonymisesBlanksTheAuditValuesAndIsRecorded() {
        Api.Reply created = person("Gwen", "Effacée-" + tag);
        long id = created.id();
        String location = "/api/v1/persons/" + id;
        Api.Reply renamed = api.header("If-Match", created.etag()).put(location,
                Api.json("firstName", "Gwenaëlle", "lastName", "Effacée-" + tag));
        assertEquals(200, renamed.status(), renamed.body());
        long household = api.post("/api/v1/households", Api.json("mainContactId", id)).id();
        String current = api.get(location).etag();

        assertEquals(403, Api.at(base).as(Staff.create(Api.at(base), "ANIMATOR").token()).header("If-Match", current)
                .post("/api/v1/personal-data/" + id + "/erasure", Api.json("reason", "asked by letter")).status());
        Problems.assertField(erase(id, current, " "), "reason");
        assertEquals(412, erase(id, renamed.etag(), "asked by letter").status());

        Api.Reply erased = erase(id, current, "asked by letter on 2 March");
        assertEquals(200, erased.status(), erased.body());
        JsonObject p = erased.json();
        assertEquals("Personne", p.getString("firstName"));
        assertEquals("anonymisée n°" + id, p.getString("lastName"));
        assertTrue(p.isNull("email") && p.isNull("mobilePhone") && p.isNull("address") && p.isNull("civility"));
        assertEquals("FR", p.getString("language"));
        assertEquals("Foyer anonymisé n°" + household, api.get("/api/v1/households/" + household).json().getString("name"));

        JsonArray lines = audit("subjectType=Person&subjectId=" + id);
        assertEquals("ERASED", lines.getJsonObject(0).getString("action"), "newest first");
        assertEquals(admin.username(), lines.getJsonObject(0).getString("actor"));
        assertTrue(lines.size() >= 3);
        lines.forEach(l -> assertTrue(l.asJsonObject().getJsonObject("changes").isEmpty(), l.toString()));
        assertFalse(api.get("/api/v1/audit?subjectType=Household&subjectId=" + household).body()
                .toLowerCase(java.util.Locale.ROOT).contains("effacée-" + tag), "the household was named after her");

        JsonArray register = api.get("/api/v1/personal-data-requests?personId=" + id).json().getJsonArray("items");
        assertEquals("ERASURE", register.getJsonObject(0).getString("kind"));
        assertEquals("asked by letter on 2 March", register.getJsonObject(0).getString("note"));

        String after = api.get(location).etag();
        Api.Reply twice = erase(id, after, "again");
        assertEquals(409, twice.status(), twice.body());
        Api.Reply edit = api.header("If-Match", after).put(location, Api.json("firstName", "Gwen", "lastName", "Retour"));
        assertEquals(409, edit.status(), edit.body());
    }

    @Test
    void theMainContactOfAHouseholdWithOtherMembersCannotBeErased() {
        Api.Reply main = person("Loïc", "Contact-" + tag);
        long other = person("Maël", "Contact-" + tag).id();
        assertEquals(201, api.post("/api/v1/households", Api.json("mainContactId", main.id(),
                "memberIds", List.of(other))).status());
        String current = api.get("/api/v1/persons/" + main.id()).etag();
        Api.Reply refused = erase(main.id(), current, "asked");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("choose another main contact first"), refused.body());
        assertEquals("Loïc", api.get("/api/v1/persons/" + main.id()).json().getString("firstName"));
    }

    @Test
    void theAuditTrailFiltersBySubjectAndActorAndShowsWhatChanged() {
        Api.Reply created = person("Erwan", "Audit-" + tag);
        long id = created.id();
        assertEquals(200, api.header("If-Match", created.etag()).put("/api/v1/persons/" + id,
                Api.json("firstName", "Erwann", "lastName", "Audit-" + tag, "mobilePhone", "06 12 34 56 78")).status());

        JsonArray lines = audit("subjectType=Person&subjectId=" + id);
        assertEquals(2, lines.size());
        JsonObject update = lines.getJsonObject(0);
        assertEquals("UPDATED", update.getString("action"));
        assertEquals(id, update.getJsonNumber("subjectId").longValue());
        JsonObject changes = update.getJsonObject("changes");
        assertEquals("Erwan", changes.getJsonObject("firstName").getString("from"));
        assertEquals("Erwann", changes.getJsonObject("firstName").getString("to"));
        assertTrue(changes.containsKey("email") && changes.getJsonObject("email").isNull("to"));
        assertFalse(changes.containsKey("mobilePhone"), "an unchanged field is not listed");
        assertEquals("CREATED", lines.getJsonObject(1).getString("action"));

        JsonArray mine = audit("actor=" + admin.username());
        assertTrue(mine.size() >= 2);
        mine.forEach(l -> assertEquals(admin.username(), l.asJsonObject().getString("actor")));
        assertEquals(0, audit("actor=nobody-" + tag).size());
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();
        assertEquals(2, audit("subjectType=Person&subjectId=" + id + "&from=" + today + "&to=" + today).size());
        assertEquals(0, audit("subjectType=Person&subjectId=" + id + "&to=2000-01-01").size());
        Problems.assertField(api.get("/api/v1/audit?from=yesterday"), "from");
    }
}
