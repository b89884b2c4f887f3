package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/**
 * Deletion as a contract: every component is asked first, and removes its rows with an audit line or refuses.
 * Followup refuses while an open task is about the record: that task is work its owner still has to do, and
 * closing or dropping it is the owner's decision, not a side effect of someone else's deletion. A refusal is
 * a 409 naming the task, and nothing at all is deleted.
 */
@ExtendWith(ArquillianExtension.class)
class DeletionIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;
    private Staff.Member owner;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");
        owner = Staff.create(Api.at(base), "ANIMATOR");
    }

    private long person(String first) {
        Api.Reply r = api.post("/api/v1/persons", Api.json("firstName", first, "lastName", "Suppression" + tag));
        assertEquals(201, r.status(), r.body());
        return r.id();
    }

    /** An open task about the record; answers its location. */
    private String openTask(String title, String subjectField, long subjectId) {
        Api.Reply t = api.post("/api/v1/tasks", Api.json("title", title, "dueOn", LocalDate.now().plusDays(2).toString(),
                "owner", owner.username(), subjectField, subjectId));
        assertEquals(201, t.status(), t.body());
        return t.header("Location");
    }

    private void markDone(String task) {
        Api.Reply done = api.post(task + "/done", "{}");
        assertEquals(200, done.status(), done.body());
    }

    private static void assertRefusedFor(Api.Reply refused, String title) {
        assertEquals(409, refused.status(), refused.body());
        JsonObject problem = refused.json();
        assertTrue(problem.getString("type").endsWith("/deletion-refused"), problem.toString());
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("id", error.getString("field"));
        assertTrue(error.getString("message").startsWith("open follow-up tasks are about this record: " + title),
                problem.toString());
    }

    private static long count(String sql) throws SQLException {
        return TestServices.count(sql);
    }

    @Test
    void anOpenTaskHoldsAPersonThenEveryComponentRemovesItsRowsWithAnAuditLine() throws SQLException {
        long anne = person("Anne");
        long other = person("Annie");
        long organisation = api.post("/api/v1/organisations", Api.json("name", "Relais " + tag, "kind", "ASSOCIATION")).id();
        assertEquals(201, api.post("/api/v1/persons/" + anne + "/notes", Api.json("text", "Note " + tag)).status());
        assertEquals(201, api.post("/api/v1/persons/" + anne + "/consents",
                Api.json("purpose", "NEWSLETTER", "granted", true, "source", "PAPER")).status());
        Api.Reply call = api.post("/api/v1/interactions", Api.json("kind", "CALL", "occurredAt",
                Instant.now().minus(1, ChronoUnit.HOURS).toString(), "subject", "Appel " + tag, "personId", anne));
        assertEquals(201, call.status(), call.body());
        assertEquals(201, api.post("/api/v1/organisations/" + organisation + "/contacts", Api.json("personId", anne)).status());
        assertEquals(200, api.post("/api/v1/duplicates/dismissals", Api.json("personIds", List.of(anne, other))).status());
        String task = openTask("Rappeler Anne " + tag, "personId", anne);
        String held = "person_id = " + anne;
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("PersonNote", count("select id from person_note where " + held));
        rows.put("ConsentRecord", count("select id from consent_record where " + held));
        rows.put("Interaction", count("select id from interaction where " + held));
        rows.put("DuplicateDismissal", count("select id from duplicate_dismissal where person_low_id = " + Math.min(anne, other)
                + " and person_high_id = " + Math.max(anne, other)));

        assertRefusedFor(api.delete("/api/v1/persons/" + anne), "Rappeler Anne " + tag + " (" + owner.username() + ")");
        assertEquals(200, api.get("/api/v1/persons/" + anne).status());
        for (String table : List.of("person_note", "consent_record", "interaction", "follow_up_task", "organisation_contact")) {
            assertEquals(1, count("select count(*) from " + table + " where " + held), table + " kept whole");
        }
        assertEquals(1, count("select count(*) from duplicate_dismissal where id = " + rows.get("DuplicateDismissal")));
        assertEquals(0, count("select count(*) from audit_event where action = 'DELETED' and subject_type = 'Interaction'"
                + " and subject_id = " + rows.get("Interaction")), "the refusal rolled back what the other components did");

        markDone(task);
        assertEquals(204, api.delete("/api/v1/persons/" + anne).status());
        assertEquals(404, api.get("/api/v1/persons/" + anne).status());
        for (String table : List.of("person_note", "consent_record", "interaction", "follow_up_task", "organisation_contact")) {
            assertEquals(0, count("select count(*) from " + table + " where " + held), table);
        }
        assertEquals(0, count("select count(*) from duplicate_dismissal where id = " + rows.get("DuplicateDismissal")));
        for (var row : rows.entrySet()) {
            assertEquals(1, count("select count(*) from audit_event where subject_type = '" + row.getKey() + "'"
                    + " and subject_id = " + row.getValue() + " and action = 'DELETED'"), row + ": its deletion is audited");
        }
        JsonObject doneTask = api.get(task).json();
        assertTrue(doneTask.isNull("personId"), "a done task stays, about nobody: " + doneTask);
        assertEquals(1, count("select count(*) from audit_event where subject_type = 'Organisation' and subject_id = "
                + organisation + " and action = 'CONTACT_REMOVED'"));
    }

    @Test
    void anOpenTaskHoldsAHouseholdAndAnOrganisationUntilItIsDone() throws SQLException {
        long main = person("Brieuc");
        long household = api.post("/api/v1/households", Api.json("mainContactId", main)).id();
        String solidarity = "/api/v1/households/" + household + "/solidarity";
        assertEquals(200, api.header("If-Match", api.get(solidarity).etag()).put(solidarity,
                Api.json("eligible", true, "reason", "Orientation CCAS")).status());
        String householdTask = openTask("Livrer le foyer " + tag, "householdId", household);
        long organisation = api.post("/api/v1/organisations", Api.json("name", "Mairie " + tag, "kind", "PUBLIC_BODY")).id();
        assertEquals(201, api.post("/api/v1/interactions", Api.json("kind", "MEETING", "occurredAt",
                Instant.now().minus(2, ChronoUnit.HOURS).toString(), "subject", "Rencontre " + tag,
                "organisationId", organisation)).status());
        String organisationTask = openTask("Relancer la mairie " + tag, "organisationId", organisation);

        assertRefusedFor(api.delete("/api/v1/households/" + household), "Livrer le foyer " + tag);
        assertEquals(household, api.get("/api/v1/persons/" + main).json().getJsonNumber("householdId").longValue());
        assertEquals(1, count("select count(*) from household_solidarity where household_id = " + household));
        assertRefusedFor(api.delete("/api/v1/organisations/" + organisation), "Relancer la mairie " + tag);
        assertEquals(1, count("select count(*) from interaction where organisation_id = " + organisation));

        markDone(householdTask);
        markDone(organisationTask);
        assertEquals(204, api.delete("/api/v1/households/" + household).status());
        assertEquals(0, count("select count(*) from household_solidarity where household_id = " + household));
        assertEquals(1, count("select count(*) from audit_event where subject_type = 'SolidarityEligibility'"
                + " and subject_id = " + household + " and action = 'DELETED'"));
        assertTrue(api.get("/api/v1/persons/" + main).json().isNull("householdId"));
        assertEquals(204, api.delete("/api/v1/organisations/" + organisation).status());
        assertEquals(0, count("select count(*) from interaction where organisation_id = " + organisation));
        assertTrue(api.get(organisationTask).json().isNull("organisationId"));
    }

    @Test
    void thePageSaysWhatHoldsThePersonInFrenchAndInEnglish() {
        long anne = person("Gwenola");
        openTask("Appeler Gwenola " + tag, "personId", anne);
        try (Browser browser = Browser.open(base)) {
            browser.go("/people/person.xhtml?id=" + anne);
            browser.login(owner.username(), Staff.PASSWORD);
            browser.waitForUrl("/people/person.xhtml");
            browser.click("#person\\:delete");
            browser.click(".ui-confirmdialog-yes");
            browser.waitForText("#messages", "Des tâches de suivi ouvertes concernent cette fiche : Appeler Gwenola " + tag);
            browser.screenshot("person-deletion-refused");

            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:en').click()");
            // the language switch after a refused postback keeps the record on the page
            browser.waitForText("#person", "Delete");
            assertTrue(browser.driver().getCurrentUrl().contains("id=" + anne), browser.driver().getCurrentUrl());
            browser.click("#person\\:delete");
            browser.click(".ui-confirmdialog-yes");
            browser.waitForText("#messages", "Open follow-up tasks are about this record: Appeler Gwenola " + tag);
        }
        assertEquals(200, api.get("/api/v1/persons/" + anne).status());
    }
}
