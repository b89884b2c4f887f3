package org.sillon.baskets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sillon.baskets.boundary.BasketContents.SizeContents;
import org.sillon.baskets.boundary.ContentLine;
import org.sillon.baskets.boundary.Distributions.Basket;
import org.sillon.baskets.boundary.Distributions.Distribution;
import org.sillon.baskets.boundary.Distributions.PointSheet;
import org.sillon.baskets.boundary.Distributions.Total;
import org.sillon.baskets.boundary.OfferKind;
import org.sillon.baskets.boundary.PointKind;
import org.sillon.baskets.entity.HandoverOutcome;

/** The streamed JSON keeps the records' shape, as JSON-B would write them: every component, nulls included. */
class DistributionJsonTest {

    @Test
    void everyComponentOfEveryRecordIsWrittenWithItsValue() {
        Total standard = new Total(7, "Panier standard", OfferKind.SIZE, 2);
        Basket delivered = new Basket(11, 21, "Famille Lefèvre", "Panier standard", List.of("Œufs (6)"), 2,
                "Mme Roux", true, "2026-W48", HandoverOutcome.DELIVERED, 3, "2 rue des Lilas, 56270 Ploemeur",
                "Sonner deux fois", List.of("Pain au levain ×1"));
        Basket plain = new Basket(12, 22, "Foyer Martin", "Panier standard", List.of(), 1, null, false, null, null,
                null, null, null, List.of());
        PointSheet round = new PointSheet(5, PointKind.ROUND, "Tournée vélo", null, "9h-12h", LocalDate.of(2026, 12, 3),
                40, List.of(delivered, plain), List.of(standard), List.of("Anne Dupont"));
        Distribution d = new Distribution("2026-W49", false, null, List.of(round), List.of(standard), 3,
                List.of(new SizeContents(7, "Panier standard", List.of(new ContentLine(7L, "Poireaux", "1 kg", null)))),
                "Recette de la semaine");

        JsonObject json = write(d);

        assertShape(Distribution.class, json);
        JsonObject point = json.getJsonArray("points").getJsonObject(0);
        assertShape(PointSheet.class, point);
        assertEquals("ROUND", point.getString("kind"));
        assertEquals("2026-12-03", point.getString("day"));
        assertEquals(JsonValue.NULL, point.get("address"));
        JsonObject first = point.getJsonArray("baskets").getJsonObject(0);
        assertShape(Basket.class, first);
        assertEquals("Famille Lefèvre", first.getString("household"));
        assertEquals("DELIVERED", first.getString("outcome"));
        assertEquals(3, first.getInt("stop"));
        assertTrue(first.getBoolean("donated"));
        assertEquals(List.of("Pain au levain ×1"), first.getJsonArray("extras").getValuesAs(JsonValue::toString)
                .stream().map(s -> s.substring(1, s.length() - 1)).toList());
        JsonObject second = point.getJsonArray("baskets").getJsonObject(1);
        assertShape(Basket.class, second);
        assertEquals(JsonValue.NULL, second.get("stop"));
        assertEquals(0, second.getJsonArray("options").size());
        assertShape(Total.class, json.getJsonArray("totals").getJsonObject(0));
        assertEquals("SIZE", json.getJsonArray("totals").getJsonObject(0).getString("kind"));
        JsonObject contents = json.getJsonArray("contents").getJsonObject(0);
        assertShape(SizeContents.class, contents);
        assertShape(ContentLine.class, contents.getJsonArray("lines").getJsonObject(0));
        assertEquals(JsonValue.NULL, contents.getJsonArray("lines").getJsonObject(0).get("origin"));
        assertEquals(3, json.getInt("baskets"));
        assertEquals("Recette de la semaine", json.getString("news"));
    }

    @Test
    void textsAreEscapedAndWrittenInUtf8() {
        String odd = "Foyer \"Le Nid\" \\ Œ 🌱\n\t\u0001";
        Basket basket = new Basket(1, 2, odd, "Panier", List.of(odd), 1, null, false, null, null, null, null, null,
                List.of());
        PointSheet point = new PointSheet(3, PointKind.POINT, odd, null, null, null, 10, List.of(basket), List.of(),
                List.of());

        JsonObject json = write(new Distribution("2026-W49", false, null, List.of(point), List.of(), 1, List.of(),
                odd));

        JsonObject written = json.getJsonArray("points").getJsonObject(0).getJsonArray("baskets").getJsonObject(0);
        assertEquals(odd, written.getString("household"));
        assertEquals(odd, written.getJsonArray("options").getString(0));
        assertEquals(odd, json.getString("news"));
    }

    @Test
    void aClosedWeekHasNoSheets() {
        JsonObject json = write(new Distribution("2026-W53", true, "Fêtes", List.of(), List.of(), 0, List.of(), null));

        assertTrue(json.getBoolean("closed"));
        assertEquals("Fêtes", json.getString("closure"));
        assertEquals(0, json.getJsonArray("points").size());
        assertEquals(JsonValue.NULL, json.get("news"));
    }

    private static JsonObject write(Distribution d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DistributionJson.write(d, out);
        return Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
    }

    private static void assertShape(Class<? extends Record> type, JsonObject json) {
        Set<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        assertEquals(components, json.keySet(), type.getSimpleName());
    }
}
