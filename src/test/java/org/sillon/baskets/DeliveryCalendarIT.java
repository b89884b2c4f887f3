package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.MovedClock;
import org.sillon.testing.Problems;
import org.sillon.testing.Staff;

/**
 * The delivery calendar through the API, across the end of 2026 (a year of 53 weeks), the application's clock on
 * 1 December 2026: a closure week, a delivery moved within its week, each refusal leaving the calendar as it was,
 * and a week past its cut-off (Monday noon) that can no longer be changed.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryCalendarIT {

    @ArquillianResource
    URL base;

    @Test
    void theYearEndWithAClosureWeekAndAChristmasDeliveryMovedToWednesday() {
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            yearEnd(clock);
        }
    }

    private void yearEnd(MovedClock clock) {
        Api garden = Api.at(base).as(Staff.create(Api.at(base), "GARDEN").token());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String point = garden.post("/api/v1/drop-off-points", Api.json("name", "Halles " + tag, "deliveryDay", "THURSDAY",
                "capacity", 30)).header("Location");
        // closures are the association's: another test's closure of these weeks is cleared first
        Api admin = Api.at(base).admin();
        admin.get("/api/v1/closures").array().forEach(c -> admin.delete("/api/v1/closures/" + c.asJsonObject().getInt("id")));

        Api.Reply closed = garden.post("/api/v1/closures", Api.json("week", "2026-W53", "reason", "Fêtes de fin d'année"));
        assertEquals(201, closed.status(), closed.body());
        assertEquals("2026-12-28", closed.json().getString("monday"));
        Api.Reply moved = garden.post(point + "/moves", Api.json("week", "2026-W52", "movedTo", "2026-12-23",
                "reason", "Noël un jeudi"));
        assertEquals(201, moved.status(), moved.body());

        JsonArray weeks = garden.get(point + "/deliveries?from=2026-W51&to=2027-W01").array();
        assertEquals(4, weeks.size());
        assertEquals("2026-12-17", weeks.getJsonObject(0).getString("day"));
        JsonObject christmas = weeks.getJsonObject(1);
        assertEquals("2026-12-23", christmas.getString("day"));
        assertTrue(christmas.getBoolean("moved"));
        assertEquals("Noël un jeudi", christmas.getString("reason"));
        JsonObject newYear = weeks.getJsonObject(2);
        assertEquals("2026-W53", newYear.getString("week"));
        assertTrue(newYear.getBoolean("closed"));
        assertTrue(newYear.isNull("day"));
        assertEquals("Fêtes de fin d'année", newYear.getString("reason"));
        assertEquals("2027-01-07", weeks.getJsonObject(3).getString("day"));

        // refused, each naming its field, and nothing changes
        Problems.assertField(garden.post(point + "/moves", Api.json("week", "2027-W01", "movedTo", "2026-12-31")), "movedTo");
        Problems.assertField(garden.post(point + "/moves", Api.json("week", "2026-W53", "movedTo", "2026-12-30")), "week");
        Problems.assertField(garden.post(point + "/moves", Api.json("week", "2026-W99", "movedTo", "2026-12-30")), "week");
        assertEquals(409, garden.post(point + "/moves", Api.json("week", "2026-W52", "movedTo", "2026-12-22")).status());
        assertEquals(409, garden.post("/api/v1/closures", Api.json("week", "2026-W52")).status());
        assertEquals(409, garden.post("/api/v1/closures", Api.json("week", "2026-W53")).status());
        Problems.assertField(garden.get(point + "/deliveries?from=2026-W99&to=2027-W01"), "from");
        Problems.assertField(garden.get(point + "/deliveries?from=2026-49&to=2027-W01"), "from");
        Problems.assertField(garden.get(point + "/deliveries?from=2026-W01&to=2027-W30"), "to");
        Problems.assertField(garden.get(point + "/deliveries?from=2027-W01&to=2026-W51"), "to");
        // this week was planned on Monday noon; three years ahead is as far as one plans
        Api.Reply planned = garden.post("/api/v1/closures", Api.json("week", "2026-W49"));
        assertEquals(409, planned.status(), planned.body());
        assertTrue(planned.body().contains("30/11/2026"), planned.body());
        Problems.assertField(garden.post("/api/v1/closures", Api.json("week", "2030-W01")), "week");
        assertEquals(weeks, garden.get(point + "/deliveries?from=2026-W51&to=2027-W01").array());

        // on Tuesday of Christmas week, its move is history
        clock.to(LocalDate.of(2026, 12, 22));
        assertEquals(409, garden.delete(point + "/moves/" + moved.json().getInt("id")).status());
        clock.to(LocalDate.of(2026, 12, 1));

        // undone: the usual Thursday again, and the week open
        assertEquals(204, garden.delete(point + "/moves/" + moved.json().getInt("id")).status());
        assertEquals(204, garden.delete("/api/v1/closures/" + closed.json().getInt("id")).status());
        JsonArray again = garden.get(point + "/deliveries?from=2026-W52&to=2026-W53").array();
        assertEquals("2026-12-24", again.getJsonObject(0).getString("day"));
        assertFalse(again.getJsonObject(0).getBoolean("moved"));
        assertEquals("2026-12-31", again.getJsonObject(1).getString("day"));
        assertEquals(404, garden.delete("/api/v1/closures/" + closed.json().getInt("id")).status());
    }
}
