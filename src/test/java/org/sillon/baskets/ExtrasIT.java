package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
 * Extras beyond the basket in an association of their own, the clock on Tuesday 1 December 2026: bread ordered for
 * one week or every week within its stock, in the distribution's baskets and totals, on the bill, and stopped from
 * the cut-off.
 */
@ExtendWith(ArquillianExtension.class)
class ExtrasIT {

    @ArquillianResource
    URL base;

    private static long priced(Api api, String json, String price) {
        Api.Reply created = api.post("/api/v1/offers", json);
        assertEquals(201, created.status(), created.body());
        assertEquals(200, api.header("If-Match", created.etag()).post(created.header("Location") + "/prices",
                Api.json("startsOn", "2026-11-01", "amount", Json.createValue(new BigDecimal(price)))).status());
        return created.id();
    }

    private static JsonObject basketOf(Api api, String week, String household) {
        return api.get("/api/v1/distributions/" + week).json().getJsonArray("points").getJsonObject(0)
                .getJsonArray("baskets").stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("household").equals(household)).findFirst().orElseThrow();
    }

    private static long breadIn(Api api, String week) {
        JsonArray totals = api.get("/api/v1/distributions/" + week).json().getJsonArray("totals");
        return totals.stream().map(JsonValue::asJsonObject).filter(t -> t.getString("offer").equals("Pain"))
                .mapToLong(t -> t.getJsonNumber("quantity").longValue()).sum();
    }

    @Test
    void extrasAreOrderedWithinTheirStockDeliveredWithTheBasketAndBilled() {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin du fournil");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            long size = priced(admin, Api.json("kind", "SIZE", "name", "Panier"), "12.00");
            Problems.assertField(admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Grand panier",
                    "weeklyStock", 3)), "weeklyStock");
            long bread = priced(admin, Api.json("kind", "EXTRA", "name", "Pain", "weeklyStock", 3), "3.50");
            long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Jardin", "deliveryDay", "THURSDAY",
                    "capacity", 10)).id();
            List<String> subscriptions = new java.util.ArrayList<>();
            for (String name : List.of("Arnaud", "Bernard")) {
                long person = admin.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", name)).id();
                long household = admin.post("/api/v1/households", Api.json("name", "Foyer " + name, "mainContactId",
                        person)).id();
                subscriptions.add(admin.post("/api/v1/subscriptions", Api.json("householdId", household, "firstWeek",
                        "2026-W50", "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", point))
                        .header("Location"));
            }
            String a = subscriptions.get(0) + "/extras";
            String b = subscriptions.get(1) + "/extras";
            Api.Reply standing = admin.post(a, Api.json("offerId", bread, "quantity", 2, "fromWeek", "2026-W50",
                    "everyWeek", true));
            assertEquals(201, standing.status(), standing.body());
            Api.Reply short_ = admin.post(b, Api.json("offerId", bread, "quantity", 2, "fromWeek", "2026-W50"));
            assertEquals(409, short_.status(), short_.body());
            assertTrue(short_.body().contains("\"field\":\"quantity\"") && short_.body().contains("2026-W50"), short_.body());
            Problems.assertField(admin.post(b, Api.json("offerId", bread, "quantity", 0, "fromWeek", "2026-W50")),
                    "quantity");
            Problems.assertField(admin.post(b, Api.json("offerId", size, "quantity", 1, "fromWeek", "2026-W50")),
                    "offerId");
            assertEquals(409, admin.post(b, Api.json("offerId", bread, "quantity", 1, "fromWeek", "2026-W49")).status(),
                    "past the cut-off");
            assertEquals(201, admin.post(b, Api.json("offerId", bread, "quantity", 1, "fromWeek", "2026-W50")).status());

            assertEquals(List.of("Pain ×2"), basketOf(admin, "2026-W50", "Foyer Arnaud").getJsonArray("extras")
                    .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
            assertEquals(3, breadIn(admin, "2026-W50"));
            assertEquals(2, breadIn(admin, "2026-W51"));

            clock.to(LocalDate.of(2026, 12, 11));
            assertEquals(200, admin.post("/api/v1/billing/runs", "{}").status());
            JsonObject accountA = admin.get("/api/v1/charges?householdId=" + basketOf(admin, "2026-W50", "Foyer Arnaud")
                    .getJsonNumber("householdId").longValue()).json();
            assertEquals(0, new BigDecimal("19.00").compareTo(accountA.getJsonNumber("owed").bigDecimalValue()),
                    accountA.toString());

            // stopped from the first week the cut-off reaches (2026-W51): the week delivered keeps its bread
            long order = standing.id();
            assertEquals(204, admin.delete(a + "/" + order).status());
            assertEquals("2026-W50", admin.get(a).array().getJsonObject(0).getString("toWeek"));
            assertEquals(0, breadIn(admin, "2026-W51"));
            assertEquals(404, admin.delete(b + "/" + order).status(), "another subscription's order");
        }
    }
}
