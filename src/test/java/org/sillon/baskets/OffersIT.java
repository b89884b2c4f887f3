package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
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

/** Basket offers and their prices over time through the API: who sets them, what a refused price leaves. */
@ExtendWith(ArquillianExtension.class)
class OffersIT {

    @ArquillianResource
    URL base;

    private Api treasurer;
    private String tag;

    @BeforeEach
    void setUp() {
        treasurer = Api.at(base).as(Staff.create(Api.at(base), "TREASURER").token());
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private static String price(LocalDate startsOn, String amount) {
        return Api.json("startsOn", startsOn.toString(), "amount", Json.createValue(new BigDecimal(amount)));
    }

    @Test
    void theTreasurerSetsAnOfferAndItsPricesWhichApplyFromTheirDay() throws Exception {
        Api.Reply created = treasurer.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier standard " + tag,
                "description", "5 à 7 légumes de saison"));
        assertEquals(201, created.status(), created.body());
        String location = created.header("Location");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));

        Api.Reply first = treasurer.header("If-Match", created.etag()).post(location + "/prices",
                price(today.minusMonths(2), "12.50"));
        assertEquals(200, first.status(), first.body());
        Api.Reply second = treasurer.header("If-Match", first.etag()).post(location + "/prices",
                price(today.plusMonths(1), "13"));
        assertEquals(200, second.status(), second.body());

        JsonObject offer = Api.at(base).as(Staff.create(Api.at(base), "GARDEN").token()).get(location).json();
        assertEquals(0, new BigDecimal("12.50").compareTo(offer.getJsonNumber("priceToday").bigDecimalValue()));
        assertEquals(2, offer.getJsonArray("prices").size());
        assertEquals(today.plusMonths(1).toString(), offer.getJsonArray("prices").getJsonObject(1).getString("startsOn"));
        assertEquals("EUR", offer.getJsonArray("prices").getJsonObject(1).getString("currency"));
        assertEquals(201, treasurer.post("/api/v1/offers", Api.json("kind", "OPTION", "name", "Aromates " + tag)).status());
        var all = treasurer.get("/api/v1/offers").array();
        assertTrue(all.stream().anyMatch(o -> o.asJsonObject().getString("name").equals("Panier standard " + tag)));
        // sizes first: what a household chooses before its options
        var kinds = all.stream().map(o -> o.asJsonObject().getString("kind")).toList();
        assertEquals(kinds.stream().sorted(java.util.Comparator.comparing(k -> k.equals("SIZE") ? 0 : 1)).toList(), kinds);
        assertEquals(1, TestServices.count("select count(*) from audit_event where subject_type = 'BasketOffer'"
                + " and action = 'CREATED' and changes like '%Panier standard " + tag + "%'"));
    }

    @Test
    void aPriceBeforeTheLatestAStaleVersionOrAThirdDecimalChangesNothingAndSaysWhy() {
        Api.Reply created = treasurer.post("/api/v1/offers", Api.json("kind", "OPTION", "name", "Œufs " + tag));
        String location = created.header("Location");
        Api.Reply priced = treasurer.header("If-Match", created.etag()).post(location + "/prices",
                price(LocalDate.of(2026, 9, 1), "3.20"));
        assertEquals(200, priced.status(), priced.body());

        Api.Reply before = treasurer.header("If-Match", priced.etag()).post(location + "/prices",
                price(LocalDate.of(2026, 8, 31), "3.00"));
        Problems.assertField(before, "startsOn");
        assertTrue(before.body().contains("01/09/2026"), before.body());
        Problems.assertField(treasurer.header("If-Match", priced.etag()).post(location + "/prices",
                price(LocalDate.of(2026, 10, 1), "3.205")), "amount");
        Problems.assertField(treasurer.header("If-Match", priced.etag()).post(location + "/prices", "{}"), "startsOn");
        assertEquals(412, treasurer.header("If-Match", created.etag()).post(location + "/prices",
                price(LocalDate.of(2026, 10, 1), "3.40")).status());
        assertEquals(428, treasurer.post(location + "/prices", price(LocalDate.of(2026, 10, 1), "3.40")).status());

        JsonObject offer = treasurer.get(location).json();
        assertEquals(1, offer.getJsonArray("prices").size());
        assertEquals(priced.etag(), treasurer.get(location).etag());
    }

    @Test
    void anOfferIsNamedOnceAndKeepsItsKind() {
        Api.Reply created = treasurer.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Petit panier " + tag));
        assertEquals(201, created.status(), created.body());
        Api.Reply twice = treasurer.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "PETIT PANIER " + tag));
        assertEquals(409, twice.status(), twice.body());
        Problems.assertField(treasurer.post("/api/v1/offers", Api.json("kind", "SIZE", "name", " ")), "name");
        Problems.assertField(treasurer.header("If-Match", created.etag()).put(created.header("Location"),
                Api.json("kind", "OPTION", "name", "Petit panier " + tag)), "kind");
        Api.Reply renamed = treasurer.header("If-Match", created.etag()).put(created.header("Location"),
                Api.json("name", "Petit panier (4 légumes) " + tag));
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("SIZE", renamed.json().getString("kind"));
    }
}
