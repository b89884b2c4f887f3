package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
 * What is in the baskets of a week, in an association of its own with the clock on Tuesday 1 December 2026: the
 * contents per size with a version, printed on the sheets, and the week's letter sent once to the households
 * receiving a basket, each with its own size's products, in its language.
 */
@ExtendWith(ArquillianExtension.class)
class ContentsIT {

    @ArquillianResource
    URL base;

    private static long household(Api api, String name, String email, String language) {
        long person = api.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", name, "email", email,
                "language", language)).id();
        return api.post("/api/v1/households", Api.json("name", "Foyer " + name, "mainContactId", person)).id();
    }

    private static JsonValue line(long size, String product, String quantity, String origin) {
        var b = Json.createObjectBuilder().add("sizeOfferId", size).add("product", product);
        if (quantity != null) {
            b.add("quantity", quantity);
        }
        if (origin != null) {
            b.add("origin", origin);
        }
        return b.build();
    }

    @Test
    void theWeeksContentsPrintAndGoOutOnceInTheWeeksLetter() throws Exception {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin des lettres");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            contents(admin);
        }
    }

    private void contents(Api admin) throws Exception {
        String tag = Staff.unique("c");
        long standard = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier standard")).id();
        long small = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Petit panier")).id();
        long eggs = admin.post("/api/v1/offers", Api.json("kind", "OPTION", "name", "Œufs")).id();
        long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Jardin", "deliveryDay", "THURSDAY",
                "capacity", 10)).id();
        String anne = tag + ".anne@example.org";
        String bob = tag + ".bob@example.org";
        long a = household(admin, "Arnaud", anne, "FR");
        long b = household(admin, "Baker", bob, "EN");
        long c = household(admin, "Chevalier", null, "FR");
        for (long[] h : new long[][] {{a, standard}, {b, small}, {c, standard}}) {
            assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", h[0], "firstWeek", "2026-W50",
                    "lastWeek", "2027-W10", "sizeOfferId", h[1], "dropOffPointId", point)).status());
        }

        String week = "/api/v1/contents/2026-W50";
        Api.Reply empty = admin.get(week);
        assertEquals("\"0\"", empty.header("ETag"));
        assertTrue(empty.json().getJsonArray("sizes").isEmpty());
        String filled = Api.json("lines", Json.createArrayBuilder()
                .add(line(standard, "Carottes", "1 kg", null))
                .add(line(standard, "Pommes", "1 kg", "Verger de Kerlo"))
                .add(line(small, "Poireaux", "3", null)).build(), "news", "Recette : soupe de poireaux.");
        assertEquals(428, admin.put(week, filled).status(), "If-Match required");
        Problems.assertField(admin.header("If-Match", "0").put("/api/v1/contents/2026-W99", filled), "isoWeek");
        Problems.assertField(admin.header("If-Match", "0").put(week, Api.json("lines", Json.createArrayBuilder()
                .add(line(eggs, "Œufs", "6", null)).build())), "lines[0].sizeOfferId");
        Problems.assertField(admin.header("If-Match", "0").put(week, Api.json("lines", Json.createArrayBuilder()
                .add(line(standard, "Carottes", null, null)).add(line(standard, " ", null, null)).build())),
                "lines[1].product");
        Api.Reply saved = admin.header("If-Match", "0").put(week, filled);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(412, admin.header("If-Match", "0").put(week, filled).status(), "a stale form");
        JsonArray sizes = admin.get(week).json().getJsonArray("sizes");
        assertEquals(List.of("Panier standard", "Petit panier"), sizes.stream()
                .map(s -> s.asJsonObject().getString("size")).toList());
        assertEquals("Verger de Kerlo", sizes.getJsonObject(0).getJsonArray("lines").getJsonObject(1).getString("origin"));

        // on the distribution and its printed sheets
        JsonObject distribution = admin.get("/api/v1/distributions/2026-W50").json();
        assertEquals("Recette : soupe de poireaux.", distribution.getString("news"));
        String sheets = new PdfTextExtractor(new PdfReader(admin.getBytes("/api/v1/distributions/2026-W50?format=pdf&lang=fr")))
                .getTextFromPage(2);
        assertTrue(sheets.contains("Dans les paniers cette semaine") && sheets.contains("Carottes 1 kg"), sheets);

        // the letter: not for a week without contents; once; each household its own size, in its language
        assertEquals(409, admin.post("/api/v1/contents/2026-W51/letter", "{}").status());
        Api.Reply sent = admin.post(week + "/letter", "{}");
        assertEquals(200, sent.status(), sent.body());
        assertEquals(2, sent.json().getInt("households"), "the household without an address is not written to");
        assertEquals(409, admin.post(week + "/letter", "{}").status(), "once");
        JsonObject toAnne = admin.get("/api/v1/outbox?recipient=" + anne).json().getJsonArray("items").getJsonObject(0);
        assertEquals("Dans votre panier cette semaine (2026-W50)", toAnne.getString("subject"));
        JsonObject toBob = admin.get("/api/v1/outbox?recipient=" + bob).json().getJsonArray("items").getJsonObject(0);
        assertEquals("In your basket this week (2026-W50)", toBob.getString("subject"));
        JsonObject after = admin.get(week).json();
        assertEquals(2, after.getInt("letters"));
        Api.Reply late = admin.header("If-Match", admin.get(week).etag()).put(week, filled);
        assertEquals(409, late.status(), "the contents stay as sent: " + late.body());
    }
}
