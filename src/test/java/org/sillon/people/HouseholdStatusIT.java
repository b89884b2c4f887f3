package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.Problems;
import org.sillon.testing.TestServices;

/** A household's status and its history, and its delivery address, through the API. */
@ExtendWith(ArquillianExtension.class)
class HouseholdStatusIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Reply household(String first, String... more) {
        Api.Reply p = api.post("/api/v1/persons", Api.json("firstName", first, "lastName", "Statut-" + tag,
                "address", Json.createObjectBuilder().add("line1", "1 rue du Port").add("postalCode", "56100")
                        .add("city", "Lorient").build()));
        assertEquals(201, p.status(), p.body());
        Object[] body = new Object[more.length + 2];
        body[0] = "mainContactId";
        body[1] = p.id();
        System.arraycopy(more, 0, body, 2, more.length);
        Api.Reply h = api.post("/api/v1/households", Api.json(body));
        assertEquals(201, h.status(), h.body());
        return h;
    }

    private Api.Reply change(Api.Reply household, String etag, String status, String effectiveOn, String reason) {
        return api.header("If-Match", etag).post(household.header("Location") + "/status",
                Api.json("status", status, "effectiveOn", effectiveOn, "reason", reason));
    }

    @Test
    void aStatusChangeIsKeptInTheHistoryAndNeedsTheCurrentVersion() throws Exception {
        Api.Reply created = household("Anne");
        assertEquals("PROSPECT", created.json().getString("status"));
        assertTrue(created.json().isNull("statusSince"));

        Api.Reply active = change(created, created.etag(), "ACTIVE", "2026-01-15", "adhésion 2026 payée");
        assertEquals(200, active.status(), active.body());
        assertEquals("ACTIVE", active.json().getString("status"));
        assertEquals("2026-01-15", active.json().getString("statusSince"));
        assertNotEquals(created.etag(), active.etag());

        Api.Reply stale = change(created, created.etag(), "LAPSED", "2026-02-01", null);
        assertEquals(412, stale.status(), stale.body());
        assertEquals(428, api.post(created.header("Location") + "/status",
                Api.json("status", "LAPSED", "effectiveOn", "2026-02-01")).status());

        Problems.assertField(change(created, active.etag(), "LAPSED", "2026-01-14", null), "effectiveOn");
        Problems.assertField(change(created, active.etag(), "ACTIVE", "2026-02-01", null), "status");
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1).toString();
        Problems.assertField(change(created, active.etag(), "LAPSED", tomorrow, null), "effectiveOn");
        Problems.assertField(change(created, active.etag(), "GONE", "2026-02-01", null), "status");

        Api.Reply lapsed = change(created, active.etag(), "LAPSED", "2026-02-01", null);
        assertEquals(200, lapsed.status(), lapsed.body());

        JsonArray history = api.get(created.header("Location") + "/status-history").array();
        assertEquals(2, history.size());
        JsonObject first = history.getJsonObject(0);
        assertEquals("ACTIVE", first.getString("status"));
        assertEquals("2026-01-15", first.getString("effectiveOn"));
        assertEquals("adhésion 2026 payée", first.getString("reason"));
        assertEquals("admin", first.getString("recordedBy"));
        assertEquals("LAPSED", history.getJsonObject(1).getString("status"));
        assertEquals(2, TestServices.count("select count(*) from audit_event where subject_type = 'Household'"
                + " and action = 'STATUS' and subject_id = " + created.id()));
        assertEquals(404, api.get("/api/v1/households/0/status-history").status());
    }

    @Test
    void aHouseholdMayStartActiveAndTheListFiltersOnStatus() {
        Api.Reply prospect = household("Paul");
        Api.Reply active = household("Lena", "status", "ACTIVE");
        assertEquals("ACTIVE", active.json().getString("status"));
        assertEquals(1, api.get(active.header("Location") + "/status-history").array().size());

        JsonObject onlyActive = api.get("/api/v1/households?q=statut-" + tag + "&status=ACTIVE").json();
        assertEquals(1, onlyActive.getInt("total"), onlyActive.toString());
        assertEquals(active.id(), onlyActive.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(prospect.id(), api.get("/api/v1/households?q=statut-" + tag + "&status=prospect").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        Problems.assertField(api.get("/api/v1/households?status=SLEEPING"), "status");

        // a PUT keeps the status; it changes only through the history
        Problems.assertField(api.header("If-Match", active.etag()).put(active.header("Location"),
                Api.json("mainContactId", active.json().getJsonNumber("mainContactId").longValue(), "status", "LEFT")),
                "status");
    }

    @Test
    void householdsThatLeftBeforeACutoffAreFound() {
        Api.Reply early = household("Yann");
        Api.Reply late = household("Gwen");
        Api.Reply staying = household("Loeiz");
        Api.Reply a = change(early, early.etag(), "ACTIVE", "2020-03-01", null);
        assertEquals(200, change(early, a.etag(), "LEFT", "2021-06-30", "déménagement").status());
        assertEquals(200, change(late, late.etag(), "LEFT", "2025-09-01", null).status());
        assertEquals(200, change(staying, staying.etag(), "ACTIVE", "2019-01-01", null).status());

        JsonObject left = api.get("/api/v1/households?q=statut-" + tag + "&status=LEFT&statusBefore=2022-01-01").json();
        assertEquals(1, left.getInt("total"), left.toString());
        assertEquals(early.id(), left.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(2, api.get("/api/v1/households?q=statut-" + tag + "&status=LEFT&statusBefore=2025-09-02")
                .json().getInt("total"));
        assertEquals(0, api.get("/api/v1/households?q=statut-" + tag + "&status=LEFT&statusBefore=2021-06-30")
                .json().getInt("total"), "the cutoff day itself is not before");
        Problems.assertField(api.get("/api/v1/households?statusBefore=30/06/2021"), "statusBefore");
    }

    @Test
    void basketsGoToTheDeliveryAddressOrElseToTheMainContact() {
        Api.Reply created = household("Maïwenn");
        JsonObject h = created.json();
        assertTrue(h.isNull("deliveryAddress"));
        assertEquals("Lorient", h.getJsonObject("effectiveDeliveryAddress").getString("city"));
        long main = h.getJsonNumber("mainContactId").longValue();

        Problems.assertField(api.header("If-Match", created.etag()).put(created.header("Location"),
                Api.json("mainContactId", main, "deliveryAddress", Json.createObjectBuilder()
                        .add("line1", "Crèche Les Pois").add("postalCode", "5610").build())), "deliveryAddress.postalCode");
        Problems.assertField(api.header("If-Match", created.etag()).put(created.header("Location"),
                Api.json("mainContactId", main, "deliveryInstructions", "x".repeat(501))), "deliveryInstructions");

        Api.Reply updated = api.header("If-Match", created.etag()).put(created.header("Location"),
                Api.json("mainContactId", main, "deliveryAddress", Json.createObjectBuilder()
                        .add("line1", "Crèche Les Pois").add("postalCode", "56270").add("city", "Ploemeur").build(),
                        "deliveryInstructions", "digicode 1234, 2e étage", "status", "PROSPECT"));
        assertEquals(200, updated.status(), updated.body());
        JsonObject u = updated.json();
        assertEquals("Ploemeur", u.getJsonObject("deliveryAddress").getString("city"));
        assertEquals("Ploemeur", u.getJsonObject("effectiveDeliveryAddress").getString("city"));
        assertEquals("Lorient", u.getJsonObject("address").getString("city"));
        assertEquals("digicode 1234, 2e étage", u.getString("deliveryInstructions"));
        assertFalse(u.containsKey("eligible"), "solidarity data is never in the household");
    }
}
