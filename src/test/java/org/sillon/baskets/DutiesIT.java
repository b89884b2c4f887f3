package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
 * The duty rota with the clock on Tuesday 1 December 2026: an adherent takes and gives up a turn of their own and
 * no one else's, the garden team signs up anyone, gaps show, the signing sheet names who is on duty, and the
 * volunteers are reminded once, within a week of their turn.
 */
@ExtendWith(ArquillianExtension.class)
class DutiesIT {

    @ArquillianResource
    URL base;

    private static List<JsonObject> slots(Api api, long point) {
        return api.get("/api/v1/duties?from=2026-W50&weeks=2").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("pointId").longValue() == point).toList();
    }

    @Test
    void volunteersTakeTurnsAtTheirPointAndAreReminded() throws Exception {
        Api admin = Api.at(base).admin();
        String tag = Staff.unique("").substring(1).replaceAll("[0-9]", "x");
        long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Halle " + tag, "deliveryDay", "THURSDAY",
                "capacity", 5)).id();
        long round = admin.post("/api/v1/rounds", Api.json("name", "Tournée " + tag, "deliveryDay", "THURSDAY",
                "capacity", 5)).id();
        long anne = admin.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", "Le Bihan " + tag,
                "email", tag + ".anne@example.org")).id();
        long bob = admin.post("/api/v1/persons", Api.json("firstName", "Bob", "lastName", "Baker " + tag,
                "email", tag + ".bob@example.org", "language", "EN")).id();
        Staff.Member adherent = Staff.create(Api.at(base), "ADHERENT");
        assertEquals(200, admin.put("/api/v1/accounts/" + adherent.id() + "/person", Api.json("personId", anne)).status());
        Api me = Api.at(base).as(adherent.token());
        Api garden = Api.at(base).as(Staff.create(Api.at(base), "GARDEN").token());
        Api treasurer = Api.at(base).as(Staff.create(Api.at(base), "TREASURER").token());
        long size = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier " + tag)).id();
        long household = admin.post("/api/v1/households", Api.json("name", "Foyer Le Bihan " + tag, "mainContactId",
                anne)).id();
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", household, "firstWeek",
                    "2026-W50", "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", point)).status());
            Api.Reply mine = me.post("/api/v1/duties", Api.json("dropOffPointId", point, "week", "2026-W50"));
            assertEquals(201, mine.status(), mine.body());
            assertEquals(anne, mine.json().getJsonNumber("personId").longValue());
            assertEquals(403, me.post("/api/v1/duties", Api.json("dropOffPointId", point, "week", "2026-W51",
                    "personId", bob)).status(), "an adherent signs up themselves only");
            assertEquals(409, me.post("/api/v1/duties", Api.json("dropOffPointId", point, "week", "2026-W50")).status());
            Problems.assertField(me.post("/api/v1/duties", Api.json("dropOffPointId", round, "week", "2026-W51")),
                    "dropOffPointId");
            Problems.assertField(me.post("/api/v1/duties", Api.json("dropOffPointId", point, "week", "2026-W99")), "week");
            assertEquals(409, me.post("/api/v1/duties", Api.json("dropOffPointId", point, "week", "2026-W48")).status(),
                    "a distribution gone by");
            assertEquals(403, treasurer.post("/api/v1/duties", Api.json("dropOffPointId", point, "week", "2026-W51"))
                    .status(), "an account that is no person");
            Api.Reply his = garden.post("/api/v1/duties", Api.json("dropOffPointId", point, "week", "2026-W50",
                    "personId", bob));
            assertEquals(201, his.status(), his.body());
            assertEquals(403, me.get("/api/v1/duties").status(), "the rota with names is the team's");

            List<JsonObject> rota = slots(admin, point);
            assertEquals(2, rota.size());
            assertEquals(List.of("Anne Le Bihan " + tag, "Bob Baker " + tag), rota.get(0).getJsonArray("volunteers")
                    .stream().map(v -> v.asJsonObject().getString("name")).sorted().toList());
            assertTrue(rota.get(1).getBoolean("gap"), "nobody holds 2026-W51 yet");
            String sheet = new PdfTextExtractor(new PdfReader(admin.getBytes("/api/v1/distributions/2026-W50?format=pdf"
                    + "&lang=fr&point=" + point))).getTextFromPage(2);
            assertTrue(sheet.contains("Permanence : ") && sheet.contains("Bob Baker " + tag), sheet);

            // another's turn is not found for an adherent; their own they give up and take again
            assertEquals(404, me.delete(his.header("Location")).status());
            assertEquals(204, me.delete(mine.header("Location")).status());
            Api.Reply again = me.post("/api/v1/duties", Api.json("dropOffPointId", point, "week", "2026-W50"));
            assertEquals(201, again.status());
            assertTrue(admin.get("/api/v1/personal-data/" + anne).body().contains("Halle " + tag));

            // reminded within a week of the turn, once
            assertEquals(403, me.post("/api/v1/duties/reminders", "{}").status());
            assertEquals(0, garden.post("/api/v1/duties/reminders", "{}").json().getInt("volunteers"), "nine days ahead");
            clock.to(LocalDate.of(2026, 12, 4));
            assertEquals(2, garden.post("/api/v1/duties/reminders", "{}").json().getInt("volunteers"));
            assertEquals(0, garden.post("/api/v1/duties/reminders", "{}").json().getInt("volunteers"));
            assertEquals("Votre permanence à Halle " + tag + " le jeudi 10 décembre", admin.get("/api/v1/outbox?recipient="
                    + tag + ".anne@example.org").json().getJsonArray("items").getJsonObject(0).getString("subject"));
            assertEquals("Your turn at Halle " + tag + " on Thursday 10 December", admin.get("/api/v1/outbox?recipient="
                    + tag + ".bob@example.org").json().getJsonArray("items").getJsonObject(0).getString("subject"));
            clock.to(LocalDate.of(2026, 12, 11));
            assertEquals(409, me.delete(again.header("Location")).status(), "a turn gone by stays");
        }
    }
}
