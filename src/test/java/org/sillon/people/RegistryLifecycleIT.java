package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/**
 * What the components do together over a person's life: a merge moves every note, consent, tag, interaction,
 * task and contact link to the survivor; an erasure then removes them all and leaves an anonymised row that
 * no search finds by the old name; the retention rule flags the members of households long gone.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryLifecycleIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String name;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        // six letters from a UUID's hex digits, 0-9 read as g-p: a UUID may hold fewer than six of a-f
        name = "Lifecyclé" + UUID.randomUUID().toString().replace("-", "").chars().limit(6)
                .map(c -> Character.isDigit(c) ? 'g' + c - '0' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    private long person(String first, String email) {
        Api.Reply r = api.post("/api/v1/persons", Api.json("firstName", first, "lastName", name, "email", email,
                "tags", List.of("bénévole " + first)));
        assertEquals(201, r.status(), r.body());
        return r.id();
    }

    private long version(long personId) {
        return api.get("/api/v1/persons/" + personId).json().getJsonNumber("version").longValue();
    }

    /** Gives the person one of everything another component keeps about persons. */
    private void surround(long personId, long organisationId, String owner) {
        assertEquals(201, api.post("/api/v1/persons/" + personId + "/notes", Api.json("text", "Note de " + personId)).status());
        assertEquals(201, api.post("/api/v1/persons/" + personId + "/consents",
                Api.json("purpose", "NEWSLETTER", "granted", true, "source", "PAPER")).status());
        Api.Reply i = api.post("/api/v1/interactions", Api.json("kind", "CALL", "occurredAt",
                Instant.now().minus(1, ChronoUnit.HOURS).toString(), "subject", "Appel " + personId, "personId", personId));
        assertEquals(201, i.status(), i.body());
        Api.Reply t = api.post("/api/v1/tasks", Api.json("title", "Rappeler " + personId, "dueOn",
                LocalDate.now().plusDays(3).toString(), "owner", owner, "personId", personId));
        assertEquals(201, t.status(), t.body());
        Api.Reply c = api.post("/api/v1/organisations/" + organisationId + "/contacts",
                Api.json("personId", personId, "function", "bénévole relais"));
        assertEquals(201, c.status(), c.body());
    }

    private int count(String path) {
        Api.Reply r = api.get(path);
        assertEquals(200, r.status(), r.body());
        return r.body().startsWith("[") ? r.array().size() : r.json().getJsonArray("items").size();
    }

    @Test
    void aMergeKeepsEverythingAndAnErasureForgetsItAll() throws SQLException {
        String owner = Staff.create(api, "ANIMATOR").username();
        Api.Reply org = api.post("/api/v1/organisations", Api.json("name", "Relais " + name, "kind", "ASSOCIATION"));
        assertEquals(201, org.status(), org.body());
        long organisation = org.id();
        long survivor = person("Hélène", null);
        long merged = person("Helene", name.toLowerCase() + "@exemple.org");
        surround(survivor, organisation, owner);
        surround(merged, organisation, owner);

        Api.Reply m = api.post("/api/v1/merges", Api.json("survivorId", survivor, "survivorVersion", version(survivor),
                "mergedId", merged, "mergedVersion", version(merged), "takeFromMerged", List.of()));
        assertEquals(200, m.status(), m.body());
        assertEquals(404, api.get("/api/v1/persons/" + merged).status());
        JsonObject kept = api.get("/api/v1/persons/" + survivor).json();
        assertEquals(name.toLowerCase() + "@exemple.org", kept.getString("email"), "blank email filled from the merged record");
        assertEquals(2, kept.getJsonArray("tags").size(), kept.toString());
        assertEquals(2, count("/api/v1/persons/" + survivor + "/notes"));
        assertEquals(2, api.get("/api/v1/persons/" + survivor + "/consents").json().getJsonArray("history").size());
        assertEquals(2, count("/api/v1/interactions?personId=" + survivor));
        assertEquals(2, count("/api/v1/tasks?personId=" + survivor));
        assertEquals(1, count("/api/v1/organisations/" + organisation + "/contacts"), "one link, not two, to the survivor");
        assertTrue(auditLines(merged) > 0, "the merged record's history stays");

        Api.Reply erased = api.header("If-Match", "\"" + version(survivor) + "\"")
                .post("/api/v1/personal-data/" + survivor + "/erasure", Api.json("reason", "Demande écrite du 20/11"));
        assertEquals(200, erased.status(), erased.body());
        JsonObject anonymous = api.get("/api/v1/persons/" + survivor).json();
        assertTrue(anonymous.isNull("email"), anonymous.toString());
        assertFalse(anonymous.getString("lastName").contains(name));
        assertEquals(0, anonymous.getJsonArray("tags").size());
        assertEquals(0, count("/api/v1/persons/" + survivor + "/notes"));
        assertEquals(0, api.get("/api/v1/persons/" + survivor + "/consents").json().getJsonArray("history").size());
        assertEquals(0, count("/api/v1/interactions?personId=" + survivor));
        assertEquals(0, count("/api/v1/tasks?personId=" + survivor));
        assertEquals(0, count("/api/v1/organisations/" + organisation + "/contacts"));
        assertEquals(0, api.get("/api/v1/persons?q=" + name.toLowerCase()).json().getJsonNumber("total").longValue(),
                "the old name is no longer findable");
        assertEquals(0, auditValues(survivor), "the audit trail keeps who and when, not the values");
    }

    @Test
    void membersOfHouseholdsGoneLongerThanTheRetentionPeriodAreFlagged() throws SQLException {
        long gone = person("Anna", null);
        long recent = person("Bruno", null);
        long oldHousehold = household(gone);
        long newHousehold = household(recent);
        leave(oldHousehold, LocalDate.now().minusMonths(37));
        leave(newHousehold, LocalDate.now().minusMonths(2));

        String solidarity = "/api/v1/households/" + oldHousehold + "/solidarity";
        Api.Reply decided = api.header("If-Match", api.get(solidarity).etag()).put(solidarity,
                Api.json("eligible", true, "reason", "Orientation CCAS"));
        assertEquals(200, decided.status(), decided.body());

        String flagged = api.get("/api/v1/personal-data/retention").body();
        assertTrue(flagged.contains("\"personId\":" + gone), flagged);
        assertFalse(flagged.contains("\"personId\":" + recent), flagged);

        Api.Reply erased = api.header("If-Match", "\"" + version(gone) + "\"")
                .post("/api/v1/personal-data/" + gone + "/erasure", Api.json("reason", "Durée de conservation dépassée"));
        assertEquals(200, erased.status(), erased.body());
        assertFalse(api.get("/api/v1/personal-data/retention").body().contains("\"personId\":" + gone),
                "an erased person is no longer flagged");
        JsonObject left = api.get(solidarity).json();
        assertFalse(left.getBoolean("eligible"), "the household's last member gone, its social data goes too: " + left);
        assertEquals(0, auditValues("SolidarityEligibility", oldHousehold));
    }

    private long household(long mainContact) {
        Api.Reply r = api.post("/api/v1/households", Api.json("name", "Foyer " + name + mainContact,
                "mainContactId", mainContact, "memberIds", List.of()));
        assertEquals(201, r.status(), r.body());
        return r.id();
    }

    /** Leaves through the API, then moves the date back: the API rightly refuses to backdate past its history. */
    private void leave(long household, LocalDate on) throws SQLException {
        String etag = api.get("/api/v1/households/" + household).etag();
        Api.Reply r = api.header("If-Match", etag).post("/api/v1/households/" + household + "/status",
                Api.json("status", "LEFT", "effectiveOn", LocalDate.now().toString(), "reason", "Déménagement"));
        assertEquals(200, r.status(), r.body());
        try (Connection c = TestServices.jdbc();
                PreparedStatement h = c.prepareStatement("update household set status_since = ? where id = ?");
                PreparedStatement s = c.prepareStatement(
                        "update household_status_change set effective_on = ? where household_id = ?")) {
            for (PreparedStatement st : List.of(h, s)) {
                st.setObject(1, on);
                st.setLong(2, household);
                st.executeUpdate();
            }
        }
    }

    private static int auditLines(long personId) throws SQLException {
        return count("select count(*) from audit_event where subject_type = 'Person' and subject_id = ?", personId);
    }

    private static int auditValues(long personId) throws SQLException {
        return auditValues("Person", personId);
    }

    private static int auditValues(String type, long id) throws SQLException {
        return count("select count(*) from audit_event where subject_type = '" + type + "' and subject_id = ?"
                + " and changes is not null", id);
    }

    private static int count(String sql, long id) throws SQLException {
        try (Connection c = TestServices.jdbc(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
