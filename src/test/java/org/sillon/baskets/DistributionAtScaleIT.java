package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.ManySubscriptions;
import org.sillon.testing.TestServices;

/**
 * A week of more baskets than the households' names read by one array of ids (10,000): the names are then read for
 * the whole association, and each basket must still carry its own household's name, in French order at its point,
 * with its options, once; one point's answer is that point's part of the week.
 */
@ExtendWith(ArquillianExtension.class)
class DistributionAtScaleIT {

    /** 10,070 baskets made up, beyond the 10,000 names read by one array. */
    private static final int SUBSCRIPTIONS = 10_600;

    @ArquillianResource
    URL base;

    @Test
    void tenThousandBasketsEachWithItsHouseholdsNameInFrenchOrderAtItsPoint() throws SQLException {
        ManySubscriptions.Garden garden = ManySubscriptions.garden(base, "Jardin des dix mille", 3);
        Api api = garden.api();
        long association = garden.association();
        long[] points = garden.points();
        long fruit = api.post("/api/v1/offers", Api.json("kind", "OPTION", "name", "Fruits")).id();
        ManySubscriptions.write(garden, SUBSCRIPTIONS, "2026-W01", "2026-W20", "2026-W40", "2026-W10");
        // the third household's term has both options, its basket once with both
        try (Connection c = TestServices.jdbc(); Statement s = c.createStatement()) {
            s.execute("insert into subscription_term_option (association_id, term_id, offer_id) values (" + association
                    + ", " + (ManySubscriptions.OFFSET + 3) + ", " + fruit + ")");
        }

        JsonObject week = api.get("/api/v1/distributions/2026-W10").json();

        // one in twenty is away with its basket credited: i = 7, 27, ... 10,587
        int away = (SUBSCRIPTIONS - 7) / 20 + 1;
        assertEquals(SUBSCRIPTIONS - away, week.getInt("baskets"));
        assertEquals(SUBSCRIPTIONS - away, week.getJsonArray("totals").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("kind").equals("SIZE")).mapToInt(t -> t.getInt("quantity")).sum());
        Collator french = Collator.getInstance(Locale.FRENCH);
        int seen = 0;
        for (JsonValue value : week.getJsonArray("points")) {
            JsonObject sheet = value.asJsonObject();
            int point = indexOf(points, sheet.getJsonNumber("pointId").longValue());
            List<String> names = new ArrayList<>();
            for (JsonValue b : sheet.getJsonArray("baskets")) {
                JsonObject basket = b.asJsonObject();
                long i = basket.getJsonNumber("householdId").longValue() - ManySubscriptions.OFFSET;
                assertEquals("Foyer " + i, basket.getString("household"));
                assertEquals(point, i % points.length, "household " + i + " at its own point");
                assertEquals(i == 3 ? List.of("Fruits", "Œufs") : i % 3 == 0 ? List.of("Œufs") : List.of(),
                        strings(basket.getJsonArray("options")), "options of household " + i);
                names.add(basket.getString("household"));
            }
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(french);
            assertEquals(sorted, names, "French order at " + sheet.getString("name"));
            seen += names.size();

            JsonObject alone = api.get("/api/v1/distributions/2026-W10?point=" + points[point]).json();
            assertEquals(List.of(sheet), alone.getJsonArray("points"));
            assertEquals(sheet.getJsonArray("totals"), alone.getJsonArray("totals"));
            assertEquals(names.size(), alone.getInt("baskets"));
        }
        assertEquals(SUBSCRIPTIONS - away, seen);
    }

    private static int indexOf(long[] ids, long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        throw new AssertionError("not one of the association's points: " + id);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
