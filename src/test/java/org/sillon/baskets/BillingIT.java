package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.MovedClock;
import org.sillon.testing.Problems;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/**
 * Billing the baskets into the ledger of charges, in an association of its own, on the application's clock moved
 * from Tuesday 1 December 2026 across the year end: each billing model, a price changed after the fact, a credited
 * absence lowering a contract, the treasurer's adjustment, runs repeated and run at once, and entries the database
 * refuses to change.
 */
@ExtendWith(ArquillianExtension.class)
class BillingIT {

    @ArquillianResource
    URL base;

    private static String price(String startsOn, String amount) {
        return Api.json("startsOn", startsOn, "amount", Json.createValue(new BigDecimal(amount)));
    }

    private static Api.Reply offer(Api api, String... fields) {
        Object[] kv = new Object[fields.length];
        System.arraycopy(fields, 0, kv, 0, fields.length);
        Api.Reply created = api.post("/api/v1/offers", Api.json(kv));
        assertEquals(201, created.status(), created.body());
        return created;
    }

    private static long priced(Api api, Api.Reply created, String amount) {
        Api.Reply p = api.header("If-Match", created.etag()).post(created.header("Location") + "/prices",
                price("2026-11-01", amount));
        assertEquals(200, p.status(), p.body());
        return created.id();
    }

    private static long household(Api api, String name) {
        long person = api.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", name)).id();
        return api.post("/api/v1/households", Api.json("name", "Foyer " + name, "mainContactId", person)).id();
    }

    private static Api.Reply subscribe(Api api, long household, long size, long point, String last, List<Long> options) {
        Api.Reply r = api.post("/api/v1/subscriptions", Api.json("householdId", household, "firstWeek", "2026-W50",
                "lastWeek", last, "sizeOfferId", size, "dropOffPointId", point, "optionIds", options));
        assertEquals(201, r.status(), r.body());
        return r;
    }

    private static JsonObject run(Api api) {
        Api.Reply r = api.post("/api/v1/billing/runs", "{}");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static void assertRun(JsonObject run, int subscriptions, int charged, int corrected) {
        assertEquals(List.of(subscriptions, charged, corrected), List.of(run.getInt("subscriptions"),
                run.getInt("charged"), run.getInt("corrected")), run.toString());
    }

    private static JsonObject account(Api api, long household, String bill) {
        Api.Reply r = api.get("/api/v1/charges?size=200&householdId=" + household + (bill == null ? "" : "&bill=" + bill));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static BigDecimal owed(Api api, long household, String bill) {
        return account(api, household, bill).getJsonNumber("owed").bigDecimalValue();
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " <> " + actual);
    }

    @Test
    void eachModelIsBilledOnceCorrectedByNewEntriesAndNeverChanged() throws Exception {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin de la facturation");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            billing(admin, clock);
        }
    }

    private void billing(Api admin, MovedClock clock) throws Exception {
        Api.Reply monthly = offer(admin, "kind", "SIZE", "name", "Panier du mois");
        long monthlySize = priced(admin, monthly, "12.00");
        long eggs = priced(admin, offer(admin, "kind", "OPTION", "name", "Œufs"), "3.00");
        long contract = priced(admin, offer(admin, "kind", "SIZE", "name", "Panier de saison", "billing", "CONTRACT",
                "instalments", "MONTHLY"), "10.00");
        long prepaid = priced(admin, offer(admin, "kind", "SIZE", "name", "Panier prépayé", "billing", "PREPAID"), "9.00");
        Problems.assertField(admin.post("/api/v1/offers", Api.json("kind", "OPTION", "name", "Pain", "billing",
                "CONTRACT")), "billing");
        Problems.assertField(admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Petit", "instalments",
                "MONTHLY")), "instalments");
        Api.Reply current = admin.get("/api/v1/offers/" + contract);
        assertEquals("CONTRACT", current.json().getString("billing"));
        Problems.assertField(admin.header("If-Match", current.etag()).put("/api/v1/offers/" + contract,
                Api.json("kind", "SIZE", "name", "Panier de saison", "billing", "MONTHLY")), "billing");

        long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Jardin", "deliveryDay", "THURSDAY",
                "capacity", 10)).id();
        assertEquals(201, admin.post("/api/v1/closures", Api.json("week", "2026-W53", "reason", "Fêtes")).status());
        long a = household(admin, "Arnaud");
        long b = household(admin, "Bernard");
        long c = household(admin, "Chevalier");
        subscribe(admin, a, monthlySize, point, "2027-W05", List.of(eggs));
        Api.Reply bSubscription = subscribe(admin, b, contract, point, "2027-W09", List.of());
        subscribe(admin, c, prepaid, point, "2027-W05", List.of());
        assertEquals(201, admin.post("/api/v1/households/" + a + "/absences", Api.json("week", "2027-W02")).status());

        // nothing delivered yet: nothing owed, not even a contract's first part
        assertRun(run(admin), 0, 0, 0);

        clock.to(LocalDate.of(2026, 12, 11));
        // W50 delivered on Thursday 10: a basket and eggs; a contract's first part; a prepaid basket
        assertRun(run(admin), 3, 4, 0);
        assertRun(run(admin), 3, 0, 0);
        JsonObject aAccount = account(admin, a, "2026-12");
        assertAmount("15.00", aAccount.getJsonNumber("owed").bigDecimalValue());
        JsonObject basket = aAccount.getJsonObject("entries").getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("item").startsWith("Panier du mois")).findFirst().orElseThrow();
        assertEquals("2027-01-01", basket.getString("dueOn"));
        assertEquals("2026-12-10", basket.getString("serviceDate"));
        // the contract: 12 weeks (W53 closed) at 10.00 in four monthly parts, the first due on the first delivery
        JsonObject part = account(admin, b, null).getJsonObject("entries").getJsonArray("items").getJsonObject(0);
        assertAmount("30.00", part.getJsonNumber("amount").bigDecimalValue());
        assertEquals("2026-12-10", part.getString("dueOn"));
        assertAmount("9.00", owed(admin, c, null));

        // a price set afterwards from 7 December: the basket is corrected by the difference, once
        Api.Reply repriced = admin.header("If-Match", admin.get("/api/v1/offers/" + monthlySize).etag())
                .post("/api/v1/offers/" + monthlySize + "/prices", price("2026-12-07", "13.00"));
        assertEquals(200, repriced.status(), repriced.body());
        assertRun(run(admin), 3, 0, 1);
        assertRun(run(admin), 3, 0, 0);
        assertAmount("16.00", owed(admin, a, null));
        JsonObject correction = account(admin, a, null).getJsonObject("entries").getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getInt("revision") == 1).findFirst().orElseThrow();
        assertAmount("1.00", correction.getJsonNumber("amount").bigDecimalValue());
        assertEquals("recalcul du 2026-12-11", correction.getString("reason"));

        // the treasurer's adjustment is an entry of its own, which later runs leave alone
        String adjust = "/api/v1/charges/" + basket.getJsonNumber("id").longValue() + "/adjustments";
        Problems.assertField(admin.post(adjust, Api.json("amount", Json.createValue(BigDecimal.ZERO), "reason", "x")), "amount");
        Problems.assertField(admin.post(adjust, Api.json("amount", Json.createValue(new BigDecimal("-1")), "reason", " ")), "reason");
        Problems.assertField(admin.post(adjust, Api.json("amount", Json.createValue(new BigDecimal("-1.234")), "reason", "x")), "amount");
        Problems.assertField(admin.post(adjust, Api.json("amount", Json.createValue(new BigDecimal("-1E+12")), "reason", "x")), "amount");
        assertEquals(404, admin.post("/api/v1/charges/999999999/adjustments", Api.json("amount",
                Json.createValue(BigDecimal.ONE), "reason", "x")).status());
        Api.Reply adjusted = admin.post(adjust, Api.json("amount", Json.createValue(new BigDecimal("-2.00")),
                "reason", "Panier abîmé"));
        assertEquals(201, adjusted.status(), adjusted.body());
        assertEquals("adjust:" + basket.getString("key"), adjusted.json().getString("key"));
        assertEquals(409, admin.post("/api/v1/charges/" + adjusted.id() + "/adjustments", Api.json("amount",
                Json.createValue(BigDecimal.ONE), "reason", "x")).status());
        assertRun(run(admin), 3, 0, 0);
        assertAmount("14.00", owed(admin, a, null));
        Problems.assertField(admin.get("/api/v1/charges?bill=2026-13"), "bill");
        Problems.assertField(admin.get("/api/v1/charges?key=baskets%25"), "key");

        // a contract's size is not switched to a size billed otherwise
        Api.Reply switched = admin.header("If-Match", bSubscription.etag()).post(bSubscription.header("Location")
                + "/changes", Api.json("fromWeek", "2027-W02", "sizeOfferId", monthlySize, "dropOffPointId", point));
        assertEquals(409, switched.status(), switched.body());
        assertTrue(switched.body().contains("\"field\":\"sizeOfferId\""), switched.body());
        // a credited absence lowers the contract's parts: 11 weeks, 110.00
        assertEquals(201, admin.post("/api/v1/households/" + b + "/absences", Api.json("week", "2027-W06")).status());

        clock.to(LocalDate.of(2027, 1, 15));
        // four runs at once write what one would: the monthly household's W51, W52 and 2027-W01 (W53 closed, W02
        // credited), the contract's second part and its first corrected, the prepaid household's four baskets
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<JsonObject>> runs = pool.invokeAll(List.<Callable<JsonObject>>of(() -> run(admin),
                    () -> run(admin), () -> run(admin), () -> run(admin)));
            int charged = 0;
            int corrected = 0;
            for (Future<JsonObject> r : runs) {
                charged += r.get().getInt("charged");
                corrected += r.get().getInt("corrected");
            }
            assertEquals(List.of(11, 1), List.of(charged, corrected));
        } finally {
            pool.shutdown();
        }
        assertAmount("46.00", owed(admin, a, "2026-12"));
        assertAmount("16.00", owed(admin, a, "2027-01"));
        assertAmount("55.00", owed(admin, b, null));
        assertAmount("45.00", owed(admin, c, null));

        // below the application, an entry cannot be changed or removed
        try (Connection db = TestServices.jdbc()) {
            SQLException changed = assertThrows(SQLException.class, () -> db.createStatement()
                    .executeUpdate("update charge set amount = 0 where household_id = " + a));
            assertTrue(changed.getMessage().contains("never changed"), changed.getMessage());
            assertThrows(SQLException.class, () -> db.createStatement()
                    .executeUpdate("delete from charge where household_id = " + a));
        }
        assertAmount("62.00", owed(admin, a, null));
    }
}
