package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.sillon.testing.Staff;

/**
 * What households are told of their baskets, in an association of its own with the clock on Tuesday 1 December
 * 2026: a subscription started, waiting, changed, ending or cancelled, and a closed week announced once to the
 * households it concerns; each in the main contact's language, none to a household without an email address.
 */
@ExtendWith(ArquillianExtension.class)
class BasketNoticesIT {

    @ArquillianResource
    URL base;

    private static long household(Api api, String name, String email, String language) {
        long person = api.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", name, "email", email,
                "language", language)).id();
        return api.post("/api/v1/households", Api.json("name", "Foyer " + name, "mainContactId", person)).id();
    }

    /** The messages queued for {@code email}, oldest first. */
    private static List<JsonObject> mails(Api api, String email) {
        Api.Reply r = api.get("/api/v1/outbox?size=50&sort=createdAt&recipient=" + email);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject last(Api api, String email) {
        List<JsonObject> all = mails(api, email);
        return all.get(all.size() - 1);
    }

    @Test
    void householdsAreToldOfTheirBasketsInTheirLanguage() {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin des nouvelles");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            notices(admin, clock);
        }
    }

    private void notices(Api admin, MovedClock clock) {
        String tag = Staff.unique("n");
        String anne = tag + ".anne@example.org";
        String bob = tag + ".bob@example.org";
        long size = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier standard")).id();
        long eggs = admin.post("/api/v1/offers", Api.json("kind", "OPTION", "name", "Œufs")).id();
        long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Épicerie du Port", "deliveryDay",
                "THURSDAY", "capacity", 1)).id();
        long a = household(admin, "Arnaud", anne, "FR");
        long b = household(admin, "Baker", bob, "EN");
        long c = household(admin, "Chevalier", null, "FR");
        int before = admin.get("/api/v1/outbox?size=1").json().getInt("total");

        Api.Reply started = admin.post("/api/v1/subscriptions", Api.json("householdId", a, "firstWeek", "2026-W50",
                "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", point, "optionIds", List.of(eggs)));
        assertEquals(201, started.status(), started.body());
        JsonObject welcome = last(admin, anne);
        assertEquals("subscription-started", welcome.getString("template"));
        assertEquals("FR", welcome.getString("language"));
        assertEquals("Vos paniers commencent le jeudi 10 décembre 2026", welcome.getString("subject"));

        // the point is full: Bob waits, and is told so in English; Chloé, without an address, is not written to
        Api.Reply waiting = admin.post("/api/v1/subscriptions", Api.json("householdId", b, "firstWeek", "2026-W50",
                "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", point, "waitingList", true));
        assertEquals("WAITING", waiting.json().getString("state"), waiting.body());
        JsonObject line = last(admin, bob);
        assertEquals("subscription-waiting", line.getString("template"));
        assertEquals("You are on the waiting list of Épicerie du Port", line.getString("subject"));
        assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", c, "firstWeek", "2026-W50",
                "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", point, "waitingList", true)).status());
        assertEquals(before + 2, admin.get("/api/v1/outbox?size=1").json().getInt("total"));

        Api.Reply changed = admin.header("If-Match", started.etag()).post(started.header("Location") + "/changes",
                Api.json("fromWeek", "2027-W02", "sizeOfferId", size, "dropOffPointId", point));
        assertEquals(200, changed.status(), changed.body());
        assertEquals("Votre panier change à partir de la semaine 2027-W02", last(admin, anne).getString("subject"));

        // a closed week is announced once, to the household whose basket it takes away (not to those waiting)
        Api.Reply closed = admin.post("/api/v1/closures", Api.json("week", "2026-W53", "reason", "les fêtes"));
        assertEquals(201, closed.status(), closed.body());
        String announce = "/api/v1/closures/" + closed.id() + "/announcement";
        Api.Reply announced = admin.post(announce, "{}");
        assertEquals(200, announced.status(), announced.body());
        assertEquals(1, announced.json().getInt("households"));
        assertEquals("Pas de panier la semaine 2026-W53", last(admin, anne).getString("subject"));
        assertEquals(409, admin.post(announce, "{}").status(), "announced once");
        assertFalse(admin.get("/api/v1/closures").array().getJsonObject(0).isNull("announcedAt"));
        assertEquals(404, admin.post("/api/v1/closures/999999999/announcement", "{}").status());

        Api.Reply ending = admin.header("If-Match", changed.etag()).post(started.header("Location") + "/end",
                Api.json("lastWeek", "2027-W05", "reason", "Déménagement"));
        assertEquals(200, ending.status(), ending.body());
        assertEquals("Votre abonnement aux paniers se termine en semaine 2027-W05",
                last(admin, anne).getString("subject"));
        Api.Reply withdrawn = admin.header("If-Match", waiting.etag()).post(waiting.header("Location") + "/end",
                Api.json("lastWeek", "2026-W49"));
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("Your basket request is cancelled", last(admin, bob).getString("subject"));
        assertEquals(List.of("subscription-started", "subscription-changed", "closure-announced",
                "subscription-ending"), mails(admin, anne).stream().map(m -> m.getString("template")).toList());

        // a reminder to renew, once per last week, for subscriptions ending within the weeks asked
        org.sillon.testing.Problems.assertField(admin.post("/api/v1/subscriptions/renewal-reminders?weeks=14", "{}"),
                "weeks");
        assertEquals(0, admin.post("/api/v1/subscriptions/renewal-reminders", "{}").json().getInt("households"),
                "2027-W05 is more than four weeks away");
        assertEquals(1, admin.post("/api/v1/subscriptions/renewal-reminders?weeks=13", "{}").json().getInt("households"));
        assertEquals(0, admin.post("/api/v1/subscriptions/renewal-reminders?weeks=13", "{}").json().getInt("households"));
        assertEquals("Votre abonnement aux paniers se termine en semaine 2027-W05 : pensez à le renouveler",
                last(admin, anne).getString("subject"));
        assertFalse(admin.get(started.header("Location")).json().isNull("remindedAt"));

        // a week over is no longer announced
        Api.Reply january = admin.post("/api/v1/closures", Api.json("week", "2027-W02"));
        assertEquals(201, january.status(), january.body());
        clock.to(LocalDate.of(2027, 1, 18));
        Api.Reply late = admin.post("/api/v1/closures/" + january.id() + "/announcement", "{}");
        assertEquals(409, late.status(), late.body());
        assertTrue(late.body().contains("2027-W02"), late.body());
    }
}
