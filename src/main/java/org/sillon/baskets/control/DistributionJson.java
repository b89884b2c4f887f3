package org.sillon.baskets.control;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.sillon.baskets.boundary.BasketContents.SizeContents;
import org.sillon.baskets.boundary.ContentLine;
import org.sillon.baskets.boundary.Distributions.Basket;
import org.sillon.baskets.boundary.Distributions.Distribution;
import org.sillon.baskets.boundary.Distributions.PointSheet;
import org.sillon.baskets.boundary.Distributions.Total;

/**
 * A week's distribution written as JSON with JSON-P's streaming generator, field for field as JSON-B writes the
 * records (nulls included, see {@code JsonConfiguration}). For 100,000 baskets JSON-B took most of a second,
 * reflecting on each record; the generator writes the same in a fraction of it. {@code DistributionJsonTest}
 * checks that every component of every record is written.
 */
public final class DistributionJson {

    private static final JsonGeneratorFactory FACTORY = Json.createGeneratorFactory(Map.of());

    private DistributionJson() {
    }

    public static void write(Distribution d, OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.write("week", d.week()).write("closed", d.closed());
            text(g, "closure", d.closure());
            g.writeStartArray("points");
            for (PointSheet p : d.points()) {
                point(g, p);
            }
            g.writeEnd();
            totals(g, d.totals());
            g.write("baskets", d.baskets());
            g.writeStartArray("contents");
            for (SizeContents c : d.contents()) {
                g.writeStartObject().write("sizeOfferId", c.sizeOfferId());
                text(g, "size", c.size());
                g.writeStartArray("lines");
                for (ContentLine l : c.lines()) {
                    g.writeStartObject();
                    if (l.sizeOfferId() == null) {
                        g.writeNull("sizeOfferId");
                    } else {
                        g.write("sizeOfferId", l.sizeOfferId());
                    }
                    text(g, "product", l.product());
                    text(g, "quantity", l.quantity());
                    text(g, "origin", l.origin());
                    g.writeEnd();
                }
                g.writeEnd().writeEnd();
            }
            g.writeEnd();
            text(g, "news", d.news());
            g.writeEnd();
        }
    }

    private static void point(JsonGenerator g, PointSheet p) {
        g.writeStartObject().write("pointId", p.pointId()).write("kind", p.kind().name());
        text(g, "name", p.name());
        text(g, "address", p.address());
        text(g, "openingHours", p.openingHours());
        text(g, "day", p.day() == null ? null : p.day().toString());
        g.write("capacity", p.capacity());
        g.writeStartArray("baskets");
        for (Basket b : p.baskets()) {
            g.writeStartObject().write("subscriptionId", b.subscriptionId()).write("householdId", b.householdId());
            text(g, "household", b.household());
            text(g, "size", b.size());
            texts(g, "options", b.options());
            g.write("quantity", b.quantity());
            text(g, "collectedBy", b.collectedBy());
            g.write("donated", b.donated());
            text(g, "shiftedFrom", b.shiftedFrom());
            text(g, "outcome", b.outcome() == null ? null : b.outcome().name());
            if (b.stop() == null) {
                g.writeNull("stop");
            } else {
                g.write("stop", b.stop());
            }
            text(g, "address", b.address());
            text(g, "instructions", b.instructions());
            texts(g, "extras", b.extras());
            g.writeEnd();
        }
        g.writeEnd();
        totals(g, p.totals());
        texts(g, "volunteers", p.volunteers());
        g.writeEnd();
    }

    private static void totals(JsonGenerator g, List<Total> totals) {
        g.writeStartArray("totals");
        for (Total t : totals) {
            g.writeStartObject().write("offerId", t.offerId());
            text(g, "offer", t.offer());
            g.write("kind", t.kind().name()).write("quantity", t.quantity()).writeEnd();
        }
        g.writeEnd();
    }

    private static void texts(JsonGenerator g, String name, List<String> values) {
        g.writeStartArray(name);
        values.forEach(g::write);
        g.writeEnd();
    }

    private static void text(JsonGenerator g, String name, String value) {
        if (value == null) {
            g.writeNull(name);
        } else {
            g.write(name, value);
        }
    }
}
