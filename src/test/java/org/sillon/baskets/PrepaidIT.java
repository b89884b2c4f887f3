package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.MovedClock;
import org.sillon.testing.Problems;
import org.sillon.testing.Staff;

/**
 * Prepaid baskets, in an association of its own, on the clock moved from Tuesday 1 December 2026: the treasurer
 * records top-ups (a reference once), each basket billed draws the balance down, and the household is told when it
 * pays for fewer than two baskets, once each time it runs low; an adherent reads their own balance only.
 */
@ExtendWith(ArquillianExtension.class)
class PrepaidIT {

    @ArquillianResource
    URL base;

    @Test
    void topUpsAreDrawnDownAndALowBalanceIsToldOnceEachTime() {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin prépayé");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            prepaid(admin, clock);
        }
    }

    private void prepaid(Api admin, MovedClock clock) {
        String email = Staff.unique("p") + ".prepaid@example.org";
        Api.Reply size = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier prépayé", "billing",
                "PREPAID"));
        assertEquals(201, size.status(), size.body());
        assertEquals(200, admin.header("If-Match", size.etag()).post(size.header("Location") + "/prices",
                Api.json("startsOn", "2026-11-01", "amount", Json.createValue(new BigDecimal("10.00")))).status());
        long monthly = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier du mois")).id();
        long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Jardin", "deliveryDay", "THURSDAY",
                "capacity", 20)).id();
        long person = admin.post("/api/v1/persons", Api.json("firstName", "Paule", "lastName", "Prévoyante", "email",
                email, "language", "FR")).id();
        long household = admin.post("/api/v1/households", Api.json("name", "Foyer Prévoyante", "mainContactId",
                person)).id();
        long other = admin.post("/api/v1/households", Api.json("name", "Foyer Mensuel", "mainContactId",
                admin.post("/api/v1/persons", Api.json("firstName", "Marc", "lastName", "Mensuel")).id())).id();
        String prepaid = "/api/v1/households/" + household + "/prepaid";

        assertEquals(404, admin.get(prepaid).status(), "no prepaid subscription yet");
        assertConflict(admin.post(prepaid + "/top-ups", topUp("30.00", "Chèque 1")), "householdId");
        assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", household, "firstWeek",
                "2026-W50", "lastWeek", "2027-W10", "sizeOfferId", size.id(), "dropOffPointId", point)).status());
        // already renewed for the next season: still one household to tell, once
        assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", household, "firstWeek",
                "2027-W11", "lastWeek", "2027-W20", "sizeOfferId", size.id(), "dropOffPointId", point)).status());
        assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", other, "firstWeek",
                "2026-W50", "lastWeek", "2027-W10", "sizeOfferId", monthly, "dropOffPointId", point)).status());
        assertEquals(404, admin.get("/api/v1/households/" + other + "/prepaid").status(), "billed monthly");

        JsonObject empty = admin.get(prepaid).json();
        assertAmount("0.00", empty.getJsonNumber("balance").bigDecimalValue());
        assertAmount("10.00", empty.getJsonNumber("basketPrice").bigDecimalValue());
        assertEquals(0, empty.getInt("basketsLeft"));
        assertTrue(empty.getBoolean("low"));

        // wrong top-ups change nothing and say why, each beside its field
        Api.Reply both = admin.post(prepaid + "/top-ups", topUp("-5.00", " "));
        Problems.assertField(both, "amount");
        Problems.assertField(both, "reference");
        Problems.assertField(admin.post(prepaid + "/top-ups", topUp("0", "Chèque 1")), "amount");
        Problems.assertField(admin.post(prepaid + "/top-ups", topUp("30.001", "Chèque 1")), "amount");
        Problems.assertField(admin.post(prepaid + "/top-ups", topUp("1E+12", "Chèque 1")), "amount");
        Api.Reply first = admin.post(prepaid + "/top-ups", topUp("30.00", "Chèque 1"));
        assertEquals(201, first.status(), first.body());
        assertAmount("-30.00", first.json().getJsonNumber("amount").bigDecimalValue());
        assertConflict(admin.post(prepaid + "/top-ups", topUp("30.00", "chèque 1")), "reference");
        assertAmount("30.00", admin.get(prepaid).json().getJsonNumber("balance").bigDecimalValue());
        assertFalse(admin.get(prepaid).json().getBoolean("low"));
        assertEquals(0, remind(admin), "three baskets paid ahead");

        // two Thursdays delivered: 10.00 left, one basket, low: told once
        clock.to(LocalDate.of(2026, 12, 18));
        assertEquals(200, admin.post("/api/v1/billing/runs", "{}").status());
        JsonObject low = admin.get(prepaid).json();
        assertAmount("10.00", low.getJsonNumber("balance").bigDecimalValue());
        assertEquals(1, low.getInt("basketsLeft"));
        assertTrue(low.getBoolean("low"));
        assertEquals(1, remind(admin));
        assertEquals(0, remind(admin), "told once");
        JsonObject told = last(admin, email);
        assertEquals("prepaid-low", told.getString("template"));
        assertEquals("Votre solde de paniers prépayés est bas : pensez à le recharger", told.getString("subject"));
        assertTrue(admin.get(prepaid).json().containsKey("remindedAt"));

        // a top-up re-arms the reminder; running low again is told again
        assertEquals(201, admin.post(prepaid + "/top-ups", topUp("20.00", "Virement VIR-42")).status());
        assertEquals(0, remind(admin), "three baskets again");
        clock.to(LocalDate.of(2027, 1, 8));
        assertEquals(200, admin.post("/api/v1/billing/runs", "{}").status());
        JsonObject again = admin.get(prepaid).json();
        assertAmount("0.00", again.getJsonNumber("balance").bigDecimalValue(), "W51, W52, W53 and W01 drawn");
        assertEquals(1, remind(admin));
        assertEquals(2, admin.get("/api/v1/outbox?size=50&recipient=" + email).json().getJsonArray("items").stream()
                .filter(m -> m.asJsonObject().getString("template").equals("prepaid-low")).count());
        // both first subscriptions end in 2027-W10, within 13 weeks: only the household not yet renewed is reminded
        assertEquals(1, admin.post("/api/v1/subscriptions/renewal-reminders?weeks=13", "{}").json()
                .getInt("households"));
        assertEquals(0, admin.post("/api/v1/subscriptions/renewal-reminders?weeks=13", "{}").json()
                .getInt("households"), "once");
        assertEquals(0, admin.get("/api/v1/outbox?size=50&recipient=" + email).json().getJsonArray("items").stream()
                .filter(m -> m.asJsonObject().getString("template").equals("subscription-renewal")).count(),
                "renewed for the next season");

        // an adherent reads their own household's balance only; another's does not exist for them
        String username = Staff.unique("adherent");
        long account = admin.post("/api/v1/accounts", Api.json("username", username, "displayName", "Paule",
                "roles", List.of("ADHERENT"), "password", Staff.PASSWORD)).id();
        assertEquals(200, admin.put("/api/v1/accounts/" + account + "/person", Api.json("personId", person)).status());
        Api me = Api.at(base).as(admin.post("/api/v1/api-tokens", Api.json("username", username, "name", "portail"))
                .json().getString("token"));
        Api.Reply mine = me.get(prepaid);
        assertEquals(200, mine.status(), mine.body());
        assertAmount("0.00", mine.json().getJsonNumber("balance").bigDecimalValue());
        assertEquals(404, me.get("/api/v1/households/" + other + "/prepaid").status());
        assertEquals(403, me.post(prepaid + "/top-ups", topUp("5.00", "Espèces")).status());

        // the garden team neither reads a balance nor tops one up
        Api garden = Api.at(base).as(Staff.create(Api.at(base), "GARDEN").token());
        assertEquals(403, garden.get(prepaid).status());
        assertEquals(403, garden.post(prepaid + "/top-ups", topUp("5.00", "Espèces")).status());
        assertEquals(403, garden.post("/api/v1/billing/prepaid-reminders", "{}").status());
    }

    private static void assertConflict(Api.Reply reply, String field) {
        assertEquals(409, reply.status(), reply.body());
        assertTrue(reply.body().contains("\"field\":\"" + field + "\""), reply.body());
    }

    private static String topUp(String amount, String reference) {
        return Api.json("amount", Json.createValue(new BigDecimal(amount)), "reference", reference);
    }

    private static int remind(Api api) {
        Api.Reply r = api.post("/api/v1/billing/prepaid-reminders", "{}");
        assertEquals(200, r.status(), r.body());
        return r.json().getInt("reminded");
    }

    private static JsonObject last(Api api, String email) {
        List<JsonObject> all = api.get("/api/v1/outbox?size=50&sort=createdAt&recipient=" + email).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        return all.get(all.size() - 1);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertAmount(expected, actual, "");
    }

    private static void assertAmount(String expected, BigDecimal actual, String why) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " <> " + actual + " " + why);
    }
}
