package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
 * A home delivery round, in an association of its own with the clock on Tuesday 1 December 2026: its stops in
 * the order households come onto it and as the garden team reorders them, its capacity and waiting list, its
 * route sheet in stop order with each door's address and instructions, and its fee on each basket billed.
 */
@ExtendWith(ArquillianExtension.class)
class RoundsIT {

    @ArquillianResource
    URL base;

    private static long household(Api api, String name, JsonObject deliveryAddress, String instructions) {
        long person = api.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", name, "address",
                Json.createObjectBuilder().add("line1", "1 rue " + name).add("postalCode", "56270")
                        .add("city", "Ploemeur").add("country", "FR").build())).id();
        Api.Reply h = api.post("/api/v1/households", Api.json("name", "Foyer " + name, "mainContactId", person,
                "deliveryAddress", deliveryAddress, "deliveryInstructions", instructions));
        assertEquals(201, h.status(), h.body());
        return h.id();
    }

    private static Api.Reply subscribe(Api api, long household, long size, long round, Boolean waiting) {
        return api.post("/api/v1/subscriptions", Api.json("householdId", household, "firstWeek", "2026-W50",
                "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", round, "waitingList", waiting));
    }

    private static List<Long> stops(Api api, long round) {
        return api.get("/api/v1/rounds/" + round + "/stops").array().stream()
                .map(s -> s.asJsonObject().getJsonNumber("householdId").longValue()).toList();
    }

    @Test
    void aRoundDeliversItsStopsInOrderAndChargesItsFee() throws Exception {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin de la tournée");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            round(admin, clock);
        }
    }

    private void round(Api admin, MovedClock clock) throws Exception {
        Api.Reply sizeReply = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier standard"));
        assertEquals(200, admin.header("If-Match", sizeReply.etag()).post(sizeReply.header("Location") + "/prices",
                Api.json("startsOn", "2026-11-01", "amount", Json.createValue(new BigDecimal("12.00")))).status());
        Api.Reply feeReply = admin.post("/api/v1/offers", Api.json("kind", "DELIVERY", "name", "Livraison à vélo"));
        assertEquals(200, admin.header("If-Match", feeReply.etag()).post(feeReply.header("Location") + "/prices",
                Api.json("startsOn", "2026-11-01", "amount", Json.createValue(new BigDecimal("1.50")))).status());
        long size = sizeReply.id();
        long fee = feeReply.id();

        // a fee is an offer of kind DELIVERY; a round holds at least one basket
        Problems.assertField(admin.post("/api/v1/rounds", Api.json("name", "Tournée", "deliveryDay", "THURSDAY",
                "capacity", 2, "feeOfferId", size)), "feeOfferId");
        Problems.assertField(admin.post("/api/v1/rounds", Api.json("name", "Tournée", "deliveryDay", "THURSDAY",
                "capacity", 0)), "capacity");
        Api.Reply created = admin.post("/api/v1/rounds", Api.json("name", "Tournée en triporteur", "deliveryDay",
                "THURSDAY", "capacity", 2, "timeWindow", "Jeudi 9 h – 12 h", "feeOfferId", fee));
        assertEquals(201, created.status(), created.body());
        long round = created.id();
        assertEquals(List.of("Tournée en triporteur"), admin.get("/api/v1/rounds").array().stream()
                .map(r -> r.asJsonObject().getString("name")).toList());
        assertTrue(admin.get("/api/v1/drop-off-points").array().isEmpty(), "a round is not listed as a point");
        Problems.assertField(admin.header("If-Match", created.etag()).put("/api/v1/drop-off-points/" + round,
                Api.json("name", "Tournée", "deliveryDay", "THURSDAY", "capacity", 2)), "kind");
        assertEquals(404, admin.get("/api/v1/rounds/999999999/stops").status());

        long a = household(admin, "Arnaud", Json.createObjectBuilder().add("line1", "7 impasse des Mouettes")
                .add("postalCode", "56270").add("city", "Ploemeur").add("country", "FR").build(), "Sonner deux fois");
        long b = household(admin, "Bernard", null, null);
        long c = household(admin, "Chevalier", null, null);
        assertEquals(201, subscribe(admin, a, size, round, null).status());
        assertEquals(201, subscribe(admin, b, size, round, null).status());
        Api.Reply full = subscribe(admin, c, size, round, null);
        assertEquals(409, full.status(), full.body());
        assertTrue(full.body().contains("\"field\":\"dropOffPointId\""), full.body());
        assertEquals("WAITING", subscribe(admin, c, size, round, true).json().getString("state"));
        assertEquals(List.of(a, b, c), stops(admin, round), "households join the end of the round");

        // reordered: every household of the round once
        String order = "/api/v1/rounds/" + round + "/stops";
        Problems.assertField(admin.put(order, Api.json("householdIds", List.of(b, a))), "householdIds");
        Problems.assertField(admin.put(order, Api.json("householdIds", List.of(b, a, c, c))), "householdIds");
        Problems.assertField(admin.put(order, Api.json("householdIds", List.of(b, a, c, 999999999L))), "householdIds");
        Api.Reply reordered = admin.put(order, Api.json("householdIds", List.of(b, a, c)));
        assertEquals(200, reordered.status(), reordered.body());
        assertEquals(List.of(b, a, c), stops(admin, round));
        JsonObject door = admin.get("/api/v1/rounds/" + round + "/stops").array().getJsonObject(1);
        assertEquals("Sonner deux fois", door.getString("instructions"));
        assertTrue(door.getString("address").startsWith("7 impasse des Mouettes"), door.toString());
        assertEquals(3, admin.get("/api/v1/rounds/" + round).json().getInt("stops"));

        // the week's route: in stop order, with each door
        JsonObject sheet = admin.get("/api/v1/distributions/2026-W50").json().getJsonArray("points").getJsonObject(0);
        assertEquals("ROUND", sheet.getString("kind"));
        JsonArray baskets = sheet.getJsonArray("baskets");
        assertEquals(List.of("Foyer Bernard", "Foyer Arnaud"), baskets.stream()
                .map(x -> x.asJsonObject().getString("household")).toList());
        assertEquals(List.of(1, 2), baskets.stream().map(x -> x.asJsonObject().getInt("stop")).toList());
        assertTrue(baskets.getJsonObject(0).getString("address").startsWith("1 rue Bernard"), baskets.toString());
        byte[] pdf = admin.getBytes("/api/v1/distributions/2026-W50?format=pdf&point=" + round + "&lang=fr");
        PdfReader reader = new PdfReader(pdf);
        String route = new PdfTextExtractor(reader).getTextFromPage(2);
        assertTrue(route.contains("Feuille de route"), route);
        assertTrue(route.indexOf("Foyer Bernard") < route.indexOf("Foyer Arnaud"), route);
        assertTrue(route.contains("Sonner deux fois"), route);
        String csv = new String(admin.getBytes("/api/v1/distributions/2026-W50?format=csv&point=" + round + "&lang=fr"),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("7 impasse des Mouettes"), csv);

        // each basket the round delivers carries its fee on the bill
        clock.to(LocalDate.of(2026, 12, 11));
        assertEquals(200, admin.post("/api/v1/billing/runs", "{}").status());
        JsonObject account = admin.get("/api/v1/charges?householdId=" + a).json();
        assertEquals(0, new BigDecimal("13.50").compareTo(account.getJsonNumber("owed").bigDecimalValue()), account.toString());
        assertTrue(account.getJsonObject("entries").getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("item").startsWith("Livraison à vélo")), account.toString());
    }
}
