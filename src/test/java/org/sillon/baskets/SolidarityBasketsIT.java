package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Solidarity baskets in an association of its own, the clock on Tuesday 1 December 2026: a funder's share per
 * basket and yearly budget, only eligible households, the household billed the price less the share and the
 * funder billed its share, and a budget that new solidarity baskets may not pass.
 */
@ExtendWith(ArquillianExtension.class)
class SolidarityBasketsIT {

    @ArquillianResource
    URL base;

    private static JsonValue amount(String a) {
        return Json.createValue(new BigDecimal(a));
    }

    private static long priced(Api api, String kind, String name, String price) {
        Api.Reply created = api.post("/api/v1/offers", Api.json("kind", kind, "name", name));
        assertEquals(200, api.header("If-Match", created.etag()).post(created.header("Location") + "/prices",
                Api.json("startsOn", "2026-11-01", "amount", amount(price))).status());
        return created.id();
    }

    private static long eligible(Api api, String name) {
        long person = api.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", name)).id();
        long household = api.post("/api/v1/households", Api.json("name", "Foyer " + name, "mainContactId", person)).id();
        return household;
    }

    private static void decide(Api api, long household) {
        String path = "/api/v1/households/" + household + "/solidarity";
        Api.Reply decided = api.header("If-Match", api.get(path).etag()).put(path, Api.json("eligible", true,
                "reason", "orientée par le CCAS", "validUntil", "2027-06-30"));
        assertEquals(200, decided.status(), decided.body());
    }

    private static BigDecimal owed(Api api, String who, long id) {
        return api.get("/api/v1/charges?" + who + "=" + id).json().getJsonNumber("owed").bigDecimalValue();
    }

    @Test
    void theFunderCarriesItsShareWithinItsBudget() {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin solidaire");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            long size = priced(admin, "SIZE", "Panier standard", "15.00");
            long eggs = priced(admin, "OPTION", "Œufs", "3.00");
            long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Jardin", "deliveryDay", "THURSDAY",
                    "capacity", 10)).id();
            long ccas = admin.post("/api/v1/organisations", Api.json("name", "CCAS de Lorient", "kind", "PUBLIC_BODY")).id();

            Problems.assertField(admin.post("/api/v1/funders", Api.json("organisationId", ccas, "share", amount("0"))),
                    "share");
            Problems.assertField(admin.post("/api/v1/funders", Api.json("organisationId", 999999999L, "share",
                    amount("10.00"))), "organisationId");
            Api.Reply funder = admin.post("/api/v1/funders", Api.json("organisationId", ccas, "share", amount("10.00"),
                    "yearlyBudget", amount("120.00")));
            assertEquals(201, funder.status(), funder.body());
            assertEquals(409, admin.post("/api/v1/funders", Api.json("organisationId", ccas, "share", amount("5.00")))
                    .status(), "one funder per organisation");

            long a = eligible(admin, "Arnaud");
            long b = eligible(admin, "Bernard");
            String season = "2027-W10";
            Api.Reply notYet = admin.post("/api/v1/subscriptions", Api.json("householdId", a, "firstWeek", "2026-W50",
                    "lastWeek", season, "sizeOfferId", size, "dropOffPointId", point, "funderId", funder.id()));
            assertEquals(409, notYet.status(), "not eligible yet: " + notYet.body());
            assertTrue(notYet.body().contains("\"field\":\"funderId\""), notYet.body());
            decide(admin, a);
            decide(admin, b);
            Api.Reply first = admin.post("/api/v1/subscriptions", Api.json("householdId", a, "firstWeek", "2026-W50",
                    "lastWeek", season, "sizeOfferId", size, "dropOffPointId", point, "optionIds", List.of(eggs),
                    "funderId", funder.id()));
            assertEquals(201, first.status(), first.body());
            assertEquals(funder.id(), first.json().getJsonArray("terms").getJsonObject(0).getJsonNumber("funderId")
                    .longValue());
            // ten weeks of 2027 at 10.00 each are 100.00 of the 120.00: a second such household would pass it
            Api.Reply over = admin.post("/api/v1/subscriptions", Api.json("householdId", b, "firstWeek", "2026-W50",
                    "lastWeek", season, "sizeOfferId", size, "dropOffPointId", point, "funderId", funder.id()));
            assertEquals(409, over.status(), over.body());
            assertTrue(over.body().contains("\"field\":\"funderId\"") && over.body().contains("2027"), over.body());
            assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", b, "firstWeek", "2026-W50",
                    "lastWeek", "2026-W53", "sizeOfferId", size, "dropOffPointId", point, "funderId", funder.id())).status());

            clock.to(LocalDate.of(2026, 12, 11));
            assertEquals(200, admin.post("/api/v1/billing/runs", "{}").status());
            // the household pays 15.00 less 10.00, and its eggs; the funder 10.00 for each of the two baskets
            assertEquals(0, new BigDecimal("8.00").compareTo(owed(admin, "householdId", a)));
            assertEquals(0, new BigDecimal("5.00").compareTo(owed(admin, "householdId", b)));
            assertEquals(0, new BigDecimal("20.00").compareTo(owed(admin, "organisationId", ccas)));
            JsonObject view = admin.get("/api/v1/funders").array().getJsonObject(0);
            assertEquals("CCAS de Lorient", view.getString("organisation"));
            assertEquals(0, new BigDecimal("20.00").compareTo(view.getJsonNumber("billedThisYear").bigDecimalValue()));
            assertEquals(409, admin.delete("/api/v1/organisations/" + ccas).status(), "a funder is not deleted");
        }
    }
}
