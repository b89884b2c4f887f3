package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.MovedClock;
import org.sillon.testing.Problems;
import org.sillon.testing.Staff;

/**
 * Subscriptions, absences and the weekly distribution through the API, the application's clock on Tuesday
 * 1 December 2026 (2026-W49 planned since Monday noon) and moved on across cut-offs, a closure week and the end
 * of 2026's 53 weeks. Each refusal names its field and leaves things as they were.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionsIT {

    @ArquillianResource
    URL base;

    private record Setup(Api office, Api garden, long point, long size, long option, long h1, long h2, long h3) {
    }

    private Setup setup() {
        Api admin = Api.at(base).admin();
        Api office = Api.at(base).as(Staff.create(Api.at(base), "ANIMATOR").token());
        Api garden = Api.at(base).as(Staff.create(Api.at(base), "GARDEN").token());
        String tag = Staff.unique("").substring(1);
        long size = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier " + tag)).id();
        long option = admin.post("/api/v1/offers", Api.json("kind", "OPTION", "name", "Œufs " + tag)).id();
        long point = garden.post("/api/v1/drop-off-points", Api.json("name", "Épicerie " + tag, "deliveryDay",
                "THURSDAY", "capacity", 2)).id();
        return new Setup(office, garden, point, size, option, household(office, "Arnaud " + tag),
                household(office, "Bernard " + tag), household(office, "Chevalier " + tag));
    }

    private static long household(Api api, String name) {
        long person = api.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", name)).id();
        return api.post("/api/v1/households", Api.json("name", "Foyer " + name, "mainContactId", person)).id();
    }

    private static String subscription(Setup s, long household, String first, String last, Object waiting) {
        return Api.json("householdId", household, "firstWeek", first, "lastWeek", last, "sizeOfferId", s.size(),
                "dropOffPointId", s.point(), "waitingList", waiting);
    }

    @Test
    void aSeasonAcrossCutOffsAClosureAndTheYearEnd() {
        Setup s = setup();
        Api admin = Api.at(base).admin();
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            admin.get("/api/v1/closures").array().forEach(c -> admin.delete("/api/v1/closures/" + c.asJsonObject().getInt("id")));
            season(s, clock);
        } finally {
            admin.get("/api/v1/closures").array().forEach(c -> admin.delete("/api/v1/closures/" + c.asJsonObject().getInt("id")));
        }
    }

    private void season(Setup s, MovedClock clock) {
        Api office = s.office();
        // this week is planned: a subscription starts next week at the earliest
        Api.Reply late = office.post("/api/v1/subscriptions", subscription(s, s.h1(), "2026-W49", "2027-W10", null));
        assertEquals(409, late.status(), late.body());
        assertTrue(late.body().contains("\"field\":\"firstWeek\""), late.body());
        Problems.assertField(office.post("/api/v1/subscriptions", subscription(s, s.h1(), "2026-W99", "2027-W10", null)), "firstWeek");
        Problems.assertField(office.post("/api/v1/subscriptions", subscription(s, s.h1(), "2027-W10", "2026-W50", null)), "lastWeek");
        Problems.assertField(office.post("/api/v1/subscriptions", Api.json("householdId", s.h1(), "firstWeek", "2026-W50",
                "lastWeek", "2027-W10", "sizeOfferId", s.option(), "dropOffPointId", s.point())), "sizeOfferId");

        Api.Reply first = office.post("/api/v1/subscriptions", subscription(s, s.h1(), "2026-W50", "2027-W10", null));
        assertEquals(201, first.status(), first.body());
        assertEquals("ACTIVE", first.json().getString("state"));
        assertEquals("PENDING", first.json().getString("status"));
        Api.Reply second = office.post("/api/v1/subscriptions", subscription(s, s.h2(), "2026-W50", "2027-W10", false));
        assertEquals(201, second.status(), second.body());

        // the point holds two: the third is refused, or waits if it asks to
        Api.Reply full = office.post("/api/v1/subscriptions", subscription(s, s.h3(), "2026-W50", "2027-W10", null));
        assertEquals(409, full.status(), full.body());
        assertTrue(full.body().contains("\"field\":\"dropOffPointId\""), full.body());
        Api.Reply waiting = office.post("/api/v1/subscriptions", subscription(s, s.h3(), "2026-W50", "2027-W10", true));
        assertEquals(201, waiting.status(), waiting.body());
        assertEquals("WAITING", waiting.json().getString("state"));
        assertEquals(409, office.header("If-Match", waiting.etag()).post(waiting.header("Location") + "/admit", "{}").status());
        assertTrue(office.get("/api/v1/subscriptions/waiting").array().stream()
                .anyMatch(w -> w.asJsonObject().getInt("id") == waiting.id()));
        // one subscription at a time per household
        Api.Reply twice = office.post("/api/v1/subscriptions", subscription(s, s.h1(), "2027-W01", "2027-W20", true));
        assertEquals(409, twice.status(), twice.body());
        assertTrue(twice.body().contains("2026-W50"), twice.body());

        // away: credited by default; not twice, not this week, not in a closed week
        String absences = "/api/v1/households/" + s.h1() + "/absences";
        Api.Reply away = office.post(absences, Api.json("week", "2026-W51"));
        assertEquals(201, away.status(), away.body());
        assertEquals("CREDIT", away.json().getString("handling"));
        assertEquals(409, office.post(absences, Api.json("week", "2026-W51")).status());
        assertEquals(409, office.post(absences, Api.json("week", "2026-W49")).status());
        Problems.assertField(office.post(absences, Api.json("week", "2027-W30")), "week");
        Problems.assertField(office.post(absences, Api.json("week", "2026-W54")), "week");
        assertEquals(201, s.garden().post("/api/v1/closures", Api.json("week", "2026-W53", "reason", "Fêtes")).status());
        Problems.assertField(office.post(absences, Api.json("week", "2026-W53")), "week");

        // the distribution: one basket at the point while the first household is away, none in the closed week
        assertEquals(List.of("Foyer Bernard"), households(s, "2026-W51"));
        assertEquals(List.of("Foyer Arnaud", "Foyer Bernard"), households(s, "2026-W52"));
        JsonObject closed = s.garden().get("/api/v1/distributions/2026-W53").json();
        assertTrue(closed.getBoolean("closed"));
        assertEquals("Fêtes", closed.getString("closure"));
        JsonObject christmas = sheet(s, "2026-W52").orElseThrow();
        assertEquals("2026-12-24", christmas.getString("day"));
        assertEquals(2, christmas.getJsonArray("totals").getJsonObject(0).getInt("quantity"));
        Problems.assertField(s.garden().get("/api/v1/distributions/2026-W99"), "isoWeek");
        // the forecast counts the same, week by week
        JsonArray forecast = s.garden().get("/api/v1/distributions/forecast?from=2026-W50&weeks=4").array();
        assertEquals(List.of(2L, 1L, 2L, 0L), forecast.stream().map(w -> w.asJsonObject().getJsonArray("totals").stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getJsonNumber("offerId").longValue() == s.size())
                .mapToLong(t -> t.getJsonNumber("quantity").longValue()).sum()).toList());
        assertTrue(forecast.getJsonObject(3).getBoolean("closed"));
        Problems.assertField(s.garden().get("/api/v1/distributions/forecast?weeks=13"), "weeks");
        Problems.assertField(s.garden().get("/api/v1/distributions/forecast?from=2026-W60"), "from");
        Problems.assertField(s.garden().get("/api/v1/distributions/2026-W52?format=xml"), "format");
        Api.Reply csv = s.garden().header("Accept-Language", "fr-FR,fr;q=0.9").get("/api/v1/distributions/2026-W52?format=csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.body().contains("Foyer Arnaud"), csv.body());
        assertTrue(csv.body().contains("Point de dépôt;Jour;Foyer"), csv.body());
        assertTrue(csv.body().contains(";24/12/2026;"), csv.body());
        assertTrue(s.garden().get("/api/v1/distributions/2026-W52?format=csv").body().contains("Drop-off point;Day;"));
        byte[] pdf = s.garden().getBytes("/api/v1/distributions/2026-W52?format=pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

        // the second household adds eggs from the new year: week 53 of 2026 is closed, 2027-W01 has them
        Api.Reply b = office.get("/api/v1/subscriptions/" + second.id());
        Api.Reply changed = office.header("If-Match", b.etag()).post("/api/v1/subscriptions/" + second.id() + "/changes",
                Api.json("fromWeek", "2027-W01", "sizeOfferId", s.size(), "dropOffPointId", s.point(),
                        "optionIds", List.of(s.option())));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(2, changed.json().getJsonArray("terms").size());
        assertEquals(412, office.header("If-Match", b.etag()).post("/api/v1/subscriptions/" + second.id() + "/changes",
                Api.json("fromWeek", "2027-W02", "sizeOfferId", s.size(), "dropOffPointId", s.point())).status());
        assertEquals(List.of(), basket(s, "2026-W52", "Foyer Bernard").getJsonArray("options"));
        assertEquals(1, basket(s, "2027-W01", "Foyer Bernard").getJsonArray("options").size());

        // the first household ends before the new year: a place frees from 2027-W01, still not from W50
        Api.Reply a = office.get("/api/v1/subscriptions/" + first.id());
        Api.Reply ended = office.header("If-Match", a.etag()).post("/api/v1/subscriptions/" + first.id() + "/end",
                Api.json("lastWeek", "2026-W52", "reason", "Déménagement"));
        assertEquals(200, ended.status(), ended.body());
        assertEquals(List.of("Foyer Bernard"), households(s, "2027-W01"));
        Api.Reply w = office.get(waiting.header("Location"));
        assertEquals(409, office.header("If-Match", w.etag()).post(waiting.header("Location") + "/admit", "{}").status());

        // a week later, 2026-W50 is planned: absences and changes reach 2026-W51 on
        clock.to(LocalDate.of(2026, 12, 8));
        assertEquals(409, office.post(absences, Api.json("week", "2026-W50")).status());
        Api.Reply early = office.header("If-Match", office.get("/api/v1/subscriptions/" + second.id()).etag())
                .post("/api/v1/subscriptions/" + second.id() + "/changes", Api.json("fromWeek", "2026-W50",
                        "sizeOfferId", s.size(), "dropOffPointId", s.point()));
        assertEquals(409, early.status(), early.body());
        assertTrue(early.body().contains("\"field\":\"fromWeek\""), early.body());
        // and the week after, the absence of 2026-W51 stays
        clock.to(LocalDate.of(2026, 12, 15));
        assertEquals(409, office.delete(absences + "/" + away.id()).status());
        assertEquals(List.of("Foyer Bernard"), households(s, "2026-W51"));

        // the household that waits moves its start to the new year and is admitted into the freed place
        clock.to(LocalDate.of(2026, 12, 1));
        Api.Reply w2 = office.get(waiting.header("Location"));
        Api.Reply gone = office.header("If-Match", w2.etag()).post(waiting.header("Location") + "/end",
                Api.json("lastWeek", "2026-W49"));
        assertEquals("ENDED", gone.json().getString("state"));
        Api.Reply again = office.post("/api/v1/subscriptions", subscription(s, s.h3(), "2027-W01", "2027-W10", null));
        assertEquals(201, again.status(), again.body());
        assertEquals(List.of("Foyer Bernard", "Foyer Chevalier"), households(s, "2027-W01"));

        // the association shifts absent baskets instead: 2027-W02's basket goes to 2027-W03, which stays delivered
        Api admin = Api.at(base).admin();
        Api.Reply rules = admin.get("/api/v1/basket-settings");
        Api.Reply shifting = admin.header("If-Match", rules.etag()).put("/api/v1/basket-settings", Api.json("cutOffDay",
                "MONDAY", "cutOffTime", "12:00", "absenceHandling", "SHIFT", "absencesIncluded", 4, "absencesMax", 8));
        assertEquals(200, shifting.status(), shifting.body());
        try {
            String theirs = "/api/v1/households/" + s.h3() + "/absences";
            Api.Reply shifted = office.post(theirs, Api.json("week", "2027-W02"));
            assertEquals(201, shifted.status(), shifted.body());
            assertEquals("2027-W03", shifted.json().getString("shiftedTo"));
            assertEquals(List.of("Foyer Bernard"), households(s, "2027-W02"));
            JsonObject doubled = basket(s, "2027-W03", "Foyer Chevalier");
            assertEquals(2, doubled.getInt("quantity"));
            assertEquals("2027-W02", doubled.getString("shiftedFrom"));
            assertEquals(409, office.post(theirs, Api.json("week", "2027-W03")).status());
        } finally {
            Api.Reply now = admin.get("/api/v1/basket-settings");
            assertEquals(200, admin.header("If-Match", now.etag()).put("/api/v1/basket-settings", Api.json("cutOffDay",
                    "MONDAY", "cutOffTime", "12:00", "absenceHandling", "CREDIT", "absencesIncluded", 4,
                    "absencesMax", 8)).status());
        }

        // a household with subscriptions is not deleted
        assertEquals(409, Api.at(base).admin().delete("/api/v1/households/" + s.h1()).status());
    }

    @Test
    void anAdherentSeesAndDeclaresOnlyTheirOwnAbsences() {
        Setup s = setup();
        Api admin = Api.at(base).admin();
        long anne = s.office().post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", "Adhérente")).id();
        long own = s.office().post("/api/v1/households", Api.json("name", "Foyer Adhérent", "mainContactId", anne)).id();
        Staff.Member adherent = Staff.create(Api.at(base), "ADHERENT");
        assertEquals(200, admin.put("/api/v1/accounts/" + adherent.id() + "/person", Api.json("personId", anne)).status());
        Api me = Api.at(base).as(adherent.token());
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            assertEquals(201, s.office().post("/api/v1/subscriptions",
                    subscription(s, s.h1(), "2026-W50", "2027-W10", null)).status());
            assertEquals(201, s.office().post("/api/v1/subscriptions",
                    subscription(s, own, "2026-W50", "2027-W10", null)).status());

            Api.Reply mine = me.post("/api/v1/households/" + own + "/absences", Api.json("week", "2027-W02"));
            assertEquals(201, mine.status(), mine.body());
            assertEquals(1, me.get("/api/v1/households/" + own + "/absences").array().size());
            // another household's absences do not exist for them; the garden team reads but does not declare
            assertEquals(404, me.get("/api/v1/households/" + s.h1() + "/absences").status());
            assertEquals(404, me.post("/api/v1/households/" + s.h1() + "/absences", Api.json("week", "2027-W02")).status());
            assertEquals(403, s.garden().post("/api/v1/households/" + s.h1() + "/absences", Api.json("week", "2027-W02")).status());
            assertEquals(0, s.garden().get("/api/v1/households/" + s.h1() + "/absences").array().size());
            // what is held about the adherent includes their household's subscription and weeks away
            JsonObject held = admin.get("/api/v1/personal-data/" + anne).json();
            JsonObject subscription = held.getJsonArray("subscriptions").getJsonObject(0);
            assertEquals(own, subscription.getJsonNumber("householdId").longValue());
            assertEquals("2026-W50", subscription.getJsonArray("terms").getJsonObject(0).getString("fromWeek"));
            assertEquals("2027-W02 CREDIT", subscription.getJsonArray("weeksAway").getString(0));
            assertEquals(204, me.delete(mine.header("Location")).status());
            // the list by drop-off point shows the two subscriptions there
            assertEquals(2, s.garden().get("/api/v1/subscriptions?dropOffPointId=" + s.point()).json()
                    .getJsonNumber("total").longValue());
        }
    }

    @Test
    void aFullPointRefusesMovesIntoItUntilAMoveOutFreesAPlace() {
        Setup s = setup();
        Api office = s.office();
        long small = s.garden().post("/api/v1/drop-off-points", Api.json("name", "Mairie " + Staff.unique("m"),
                "deliveryDay", "WEDNESDAY", "capacity", 1)).id();
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            long a = office.post("/api/v1/subscriptions", subscription(s, s.h1(), "2026-W50", "2027-W10", null)).id();
            long b = office.post("/api/v1/subscriptions", subscription(s, s.h2(), "2026-W50", "2027-W10", null)).id();
            long c = office.post("/api/v1/subscriptions", Api.json("householdId", s.h3(), "firstWeek", "2026-W50",
                    "lastWeek", "2027-W10", "sizeOfferId", s.size(), "dropOffPointId", small)).id();
            // the small point is full: the first household cannot move there, nor the third back to the full one
            Api.Reply refused = move(office, a, "2027-W05", small);
            assertEquals(409, refused.status(), refused.body());
            assertTrue(refused.body().contains("\"field\":\"dropOffPointId\""), refused.body());
            assertEquals(409, move(office, c, "2027-W03", s.point()).status());
            // the second household leaves after 2027-W02: the third moves in from W03, which frees the small point
            Api.Reply bb = office.get("/api/v1/subscriptions/" + b);
            assertEquals(200, office.header("If-Match", bb.etag()).post("/api/v1/subscriptions/" + b + "/end",
                    Api.json("lastWeek", "2027-W02")).status());
            assertEquals(200, move(office, c, "2027-W03", s.point()).status());
            assertEquals(409, move(office, a, "2027-W02", small).status(), "the small point is still taken in W02");
            Api.Reply moved = move(office, a, "2027-W05", small);
            assertEquals(200, moved.status(), moved.body());
            assertEquals(List.of("Foyer Arnaud", "Foyer Chevalier"), households(s, "2027-W04"));
            assertEquals(List.of("Foyer Chevalier"), households(s, "2027-W05"));
        }
    }

    @Test
    void requestsForAPointsLastPlaceAtOnceGetItOnce() throws Exception {
        Setup s = setup();
        long lastPlace = s.garden().post("/api/v1/drop-off-points", Api.json("name", "Lavoir " + Staff.unique("l"),
                "deliveryDay", "FRIDAY", "capacity", 1)).id();
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            households.add(household(s.office(), "Course" + i + " " + Staff.unique("c")));
        }
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            ExecutorService pool = Executors.newFixedThreadPool(households.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> replies = new ArrayList<>();
            for (long h : households) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return s.office().post("/api/v1/subscriptions", Api.json("householdId", h, "firstWeek", "2026-W50",
                            "lastWeek", "2027-W10", "sizeOfferId", s.size(), "dropOffPointId", lastPlace)).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> r : replies) {
                statuses.add(r.get());
            }
            pool.shutdown();
            assertEquals(1, statuses.stream().filter(x -> x == 201).count(), statuses.toString());
            assertEquals(households.size() - 1, statuses.stream().filter(x -> x == 409).count(), statuses.toString());
            assertEquals(1, s.office().get("/api/v1/subscriptions?dropOffPointId=" + lastPlace).json()
                    .getJsonNumber("total").longValue());
        }
    }

    private static Api.Reply move(Api office, long id, String from, long point) {
        String path = "/api/v1/subscriptions/" + id;
        return office.header("If-Match", office.get(path).etag()).post(path + "/changes", Api.json("fromWeek", from,
                "sizeOfferId", office.get(path).json().getJsonArray("terms").getJsonObject(0).getInt("sizeOfferId"),
                "dropOffPointId", point));
    }

    /** The point's sheet of the week, which the point's own answer must give alone, with its totals. */
    private static Optional<JsonObject> sheet(Setup s, String week) {
        JsonObject d = s.garden().get("/api/v1/distributions/" + week).json();
        Optional<JsonObject> sheet = d.getJsonArray("points").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonNumber("pointId").longValue() == s.point()).findFirst();
        JsonObject alone = s.garden().get("/api/v1/distributions/" + week + "?point=" + s.point()).json();
        assertEquals(sheet.stream().toList(), alone.getJsonArray("points"));
        assertEquals(sheet.map(p -> p.getJsonArray("totals")).orElse(JsonValue.EMPTY_JSON_ARRAY),
                alone.getJsonArray("totals"));
        return sheet;
    }

    private static List<String> households(Setup s, String week) {
        return sheet(s, week).map(p -> p.getJsonArray("baskets").stream()
                .map(b -> b.asJsonObject().getString("household").replaceAll(" \\S+$", "")).toList()).orElse(List.of());
    }

    private static JsonObject basket(Setup s, String week, String household) {
        JsonArray baskets = sheet(s, week).orElseThrow().getJsonArray("baskets");
        return baskets.stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("household").startsWith(household)).findFirst().orElseThrow();
    }

    @Test
    void theGardensWeeklyCapacityCountsEveryPointTogether() {
        Api admin = Staff.newAssociation(Api.at(base), base, "Petit jardin");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            String rules = "/api/v1/basket-settings";
            Api.Reply current = admin.get(rules);
            Problems.assertField(admin.header("If-Match", current.etag()).put(rules, Api.json("cutOffDay", "MONDAY",
                    "cutOffTime", "12:00", "absenceHandling", "CREDIT", "absencesIncluded", 4, "absencesMax", 8,
                    "weeklyCapacity", 0)), "weeklyCapacity");
            Api.Reply set = admin.header("If-Match", current.etag()).put(rules, Api.json("cutOffDay", "MONDAY",
                    "cutOffTime", "12:00", "absenceHandling", "CREDIT", "absencesIncluded", 4, "absencesMax", 8,
                    "weeklyCapacity", 2));
            assertEquals(200, set.status(), set.body());
            assertEquals(2, admin.get(rules).json().getInt("weeklyCapacity"));
            long size = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier")).id();
            long a = admin.post("/api/v1/drop-off-points", Api.json("name", "Jardin", "deliveryDay", "TUESDAY",
                    "capacity", 10)).id();
            long b = admin.post("/api/v1/drop-off-points", Api.json("name", "Épicerie", "deliveryDay", "FRIDAY",
                    "capacity", 10)).id();
            List<Long> households = new ArrayList<>();
            for (String name : List.of("Arnaud", "Bernard", "Chevalier")) {
                long person = admin.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", name)).id();
                households.add(admin.post("/api/v1/households", Api.json("name", "Foyer " + name, "mainContactId",
                        person)).id());
            }
            assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", households.get(0),
                    "firstWeek", "2026-W50", "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", a)).status());
            Api.Reply second = admin.post("/api/v1/subscriptions", Api.json("householdId", households.get(1),
                    "firstWeek", "2026-W50", "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", b));
            assertEquals(201, second.status());
            // each point has room, the garden has not
            Api.Reply full = admin.post("/api/v1/subscriptions", Api.json("householdId", households.get(2),
                    "firstWeek", "2027-W02", "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", a));
            assertEquals(409, full.status(), full.body());
            assertTrue(full.body().contains("\"field\":\"firstWeek\"") && full.body().contains("2"), full.body());
            Api.Reply waiting = admin.post("/api/v1/subscriptions", Api.json("householdId", households.get(2),
                    "firstWeek", "2027-W02", "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", a,
                    "waitingList", true));
            assertEquals("WAITING", waiting.json().getString("state"), waiting.body());
            assertEquals(409, admin.header("If-Match", waiting.etag()).post(waiting.header("Location") + "/admit", "{}")
                    .status(), "still full");
            // the second household stops after 2027-W01: the third gets its place
            assertEquals(200, admin.header("If-Match", second.etag()).post(second.header("Location") + "/end",
                    Api.json("lastWeek", "2027-W01")).status());
            Api.Reply admitted = admin.header("If-Match", waiting.etag()).post(waiting.header("Location") + "/admit", "{}");
            assertEquals(200, admitted.status(), admitted.body());
            assertEquals("ACTIVE", admitted.json().getString("state"));
            // and a renewal that would pass the garden's weeks is refused
            Api.Reply renewal = admin.header("If-Match", admin.get(second.header("Location")).etag())
                    .post(second.header("Location") + "/end", Api.json("lastWeek", "2027-W05"));
            assertEquals(409, renewal.status(), renewal.body());
            assertTrue(renewal.body().contains("\"field\":\"lastWeek\""), renewal.body());
        }
    }

    @Test
    void aTrialBasketOnceAndAPauseThatDeliversAndCostsNothing() {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin des pauses");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            Api.Reply offer = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier"));
            assertEquals(200, admin.header("If-Match", offer.etag()).post(offer.header("Location") + "/prices",
                    Api.json("startsOn", "2026-11-01", "amount", jakarta.json.Json.createValue(new java.math.BigDecimal("10.00"))))
                    .status());
            long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Jardin", "deliveryDay", "THURSDAY",
                    "capacity", 5)).id();
            String email = Staff.unique("pause") + "@example.org";
            List<Long> households = new ArrayList<>();
            for (String name : List.of("Arnaud", "Bernard")) {
                long person = admin.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", name, "email",
                        name.equals("Bernard") ? email : null)).id();
                households.add(admin.post("/api/v1/households", Api.json("name", "Foyer " + name, "mainContactId",
                        person)).id());
            }
            long a = households.get(0);
            long b = households.get(1);
            Problems.assertField(admin.post("/api/v1/subscriptions", Api.json("householdId", a, "firstWeek", "2026-W50",
                    "lastWeek", "2026-W51", "sizeOfferId", offer.id(), "dropOffPointId", point, "trial", true)), "lastWeek");
            Api.Reply trial = admin.post("/api/v1/subscriptions", Api.json("householdId", a, "firstWeek", "2026-W50",
                    "lastWeek", "2026-W50", "sizeOfferId", offer.id(), "dropOffPointId", point, "trial", true));
            assertEquals(201, trial.status(), trial.body());
            assertTrue(trial.json().getBoolean("trial"));
            Api.Reply again = admin.post("/api/v1/subscriptions", Api.json("householdId", a, "firstWeek", "2026-W52",
                    "lastWeek", "2026-W52", "sizeOfferId", offer.id(), "dropOffPointId", point, "trial", true));
            assertEquals(409, again.status(), "a trial is for a first time: " + again.body());

            Api.Reply season = admin.post("/api/v1/subscriptions", Api.json("householdId", b, "firstWeek", "2026-W50",
                    "lastWeek", "2027-W10", "sizeOfferId", offer.id(), "dropOffPointId", point));
            String pauses = season.header("Location") + "/pauses";
            assertEquals(201, admin.post("/api/v1/households/" + b + "/absences", Api.json("week", "2027-W05")).status());
            Api.Reply current = admin.get(season.header("Location"));
            assertEquals(409, admin.header("If-Match", current.etag()).post(pauses, Api.json("fromWeek", "2027-W04",
                    "toWeek", "2027-W06")).status(), "the household is away in 2027-W05");
            Problems.assertField(admin.header("If-Match", current.etag()).post(pauses, Api.json("fromWeek", "2026-W49",
                    "toWeek", "2026-W51")), "fromWeek");
            Api.Reply paused = admin.header("If-Match", current.etag()).post(pauses, Api.json("fromWeek", "2027-W01",
                    "toWeek", "2027-W02"));
            assertEquals(201, paused.status(), paused.body());
            assertEquals("Vos paniers sont en pause de la semaine 2027-W01 à la semaine 2027-W02", admin
                    .get("/api/v1/outbox?recipient=" + email).json().getJsonArray("items").getJsonObject(0).getString("subject"));
            Problems.assertField(admin.header("If-Match", paused.etag()).post(pauses, Api.json("fromWeek", "2027-W02",
                    "toWeek", "2027-W03")), "fromWeek");
            assertEquals(412, admin.header("If-Match", current.etag()).post(pauses, Api.json("fromWeek", "2027-W08",
                    "toWeek", "2027-W08")).status(), "a stale form");
            assertTrue(admin.get("/api/v1/distributions/2027-W01").json().getJsonArray("points").isEmpty(),
                    "no basket in a paused week");
            // taken back before it begins, then paused again
            long pauseId = paused.json().getJsonArray("pauses").getJsonObject(0).getJsonNumber("id").longValue();
            Api.Reply resumed = admin.header("If-Match", paused.etag()).delete(pauses + "/" + pauseId);
            assertEquals(200, resumed.status(), resumed.body());
            assertTrue(resumed.json().getJsonArray("pauses").isEmpty());
            assertEquals(1, admin.get("/api/v1/distributions/2027-W01").json().getJsonArray("points").size());
            assertEquals(201, admin.header("If-Match", resumed.etag()).post(pauses, Api.json("fromWeek", "2027-W01",
                    "toWeek", "2027-W02")).status());

            // mid-January: the paused weeks are not billed, and the household reads as paused
            clock.to(LocalDate.of(2027, 1, 15));
            assertEquals(200, admin.post("/api/v1/billing/runs", "{}").status());
            assertEquals(0, new java.math.BigDecimal("40.00").compareTo(admin.get("/api/v1/charges?householdId=" + b)
                    .json().getJsonNumber("owed").bigDecimalValue()), "2026-W50 to 2026-W53, not 2027-W01 and W02");
            assertEquals(0, new java.math.BigDecimal("10.00").compareTo(admin.get("/api/v1/charges?householdId=" + a)
                    .json().getJsonNumber("owed").bigDecimalValue()), "the trial basket");
            assertEquals("PAUSED", admin.get(season.header("Location")).json().getString("status"));
        }
    }

    @Test
    void aSubscriptionForAPeriodRunsFromTheFirstWeekStillReachableToItsEnd() {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin des saisons");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            Problems.assertField(admin.post("/api/v1/periods", Api.json("name", "À l'envers", "firstWeek", "2027-W26",
                    "lastWeek", "2026-W40")), "lastWeek");
            Api.Reply season = admin.post("/api/v1/periods", Api.json("name", "Saison 2026-2027", "firstWeek",
                    "2026-W40", "lastWeek", "2027-W26"));
            assertEquals(201, season.status(), season.body());
            assertEquals(409, admin.post("/api/v1/periods", Api.json("name", "saison 2026-2027", "firstWeek",
                    "2027-W40", "lastWeek", "2028-W26")).status(), "names are unique");
            Api.Reply past = admin.post("/api/v1/periods", Api.json("name", "Été 2026", "firstWeek", "2026-W27",
                    "lastWeek", "2026-W39"));
            long size = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier")).id();
            long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Jardin", "deliveryDay", "THURSDAY",
                    "capacity", 5)).id();
            long person = admin.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", "Arnaud")).id();
            long household = admin.post("/api/v1/households", Api.json("name", "Foyer Arnaud", "mainContactId",
                    person)).id();
            Api.Reply over = admin.post("/api/v1/subscriptions", Api.json("householdId", household, "periodId",
                    past.id(), "sizeOfferId", size, "dropOffPointId", point));
            assertEquals(409, over.status(), over.body());
            Problems.assertField(admin.post("/api/v1/subscriptions", Api.json("householdId", household, "periodId",
                    season.id(), "lastWeek", "2027-W30", "sizeOfferId", size, "dropOffPointId", point)), "lastWeek");
            // taken mid-season on Tuesday 1 December: from 2026-W50, the first week the cut-off reaches
            Api.Reply taken = admin.post("/api/v1/subscriptions", Api.json("householdId", household, "periodId",
                    season.id(), "sizeOfferId", size, "dropOffPointId", point));
            assertEquals(201, taken.status(), taken.body());
            assertEquals(List.of("2026-W50", "2027-W26"), List.of(taken.json().getString("firstWeek"),
                    taken.json().getString("lastWeek")));
            assertEquals(season.id(), taken.json().getJsonNumber("periodId").longValue());
        }
    }
}
