package org.sillon.baskets.control;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.sillon.baskets.boundary.BasketContents.SizeContents;
import org.sillon.baskets.boundary.ContentLine;
import org.sillon.baskets.boundary.Distributions.Basket;
import org.sillon.baskets.boundary.Distributions.Distribution;
import org.sillon.baskets.boundary.Distributions.PointSheet;
import org.sillon.baskets.boundary.Distributions.Total;

/**
 * A week's distribution written as JSON with Jackson's streaming generator, field for field as JSON-B writes the
 * records (nulls included, see {@code JsonConfiguration}; a null text is written as null). For 100,000 baskets JSON-B
 * took most of a second, reflecting on each record, and JSON-P's generator half of the week's processor time,
 * escaping each name again and encoding its characters apart; Jackson writes UTF-8 bytes at once (decisions.md).
 * {@code DistributionJsonTest} checks that every component of every record is written.
 */
public final class DistributionJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Bytes handed to the server at once. Jackson hands on 8,000 bytes at a time, and the server's output allocates
     * for each write (a flight recording): written 64 KB at a time, 100,000 baskets answered 6-11 % sooner (an
     * interleaved A/B, performance.md).
     */
    private static final int CHUNK = 64 * 1024;

    /**
     * The field names written for each basket (and each point's volunteers), encoded once: a large week writes each
     * 100,000 times, and a name given as a string is copied and escaped again each time. Jackson's own data
     * binding encodes its properties' names once in the same way.
     */
    private static final SerializedString SUBSCRIPTION_ID = new SerializedString("subscriptionId");
    private static final SerializedString HOUSEHOLD_ID = new SerializedString("householdId");
    private static final SerializedString HOUSEHOLD = new SerializedString("household");
    private static final SerializedString SIZE = new SerializedString("size");
    private static final SerializedString OPTIONS = new SerializedString("options");
    private static final SerializedString QUANTITY = new SerializedString("quantity");
    private static final SerializedString COLLECTED_BY = new SerializedString("collectedBy");
    private static final SerializedString DONATED = new SerializedString("donated");
    private static final SerializedString SHIFTED_FROM = new SerializedString("shiftedFrom");
    private static final SerializedString OUTCOME = new SerializedString("outcome");
    private static final SerializedString STOP = new SerializedString("stop");
    private static final SerializedString ADDRESS = new SerializedString("address");
    private static final SerializedString INSTRUCTIONS = new SerializedString("instructions");
    private static final SerializedString EXTRAS = new SerializedString("extras");
    private static final SerializedString VOLUNTEERS = new SerializedString("volunteers");

    private DistributionJson() {
    }

    public static void write(Distribution d, OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(new BufferedOutputStream(out, CHUNK), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("week", d.week());
            g.writeBooleanField("closed", d.closed());
            g.writeStringField("closure", d.closure());
            g.writeArrayFieldStart("points");
            for (PointSheet p : d.points()) {
                point(g, p);
            }
            g.writeEndArray();
            totals(g, d.totals());
            g.writeNumberField("baskets", d.baskets());
            g.writeArrayFieldStart("contents");
            for (SizeContents c : d.contents()) {
                g.writeStartObject();
                g.writeNumberField("sizeOfferId", c.sizeOfferId());
                g.writeStringField("size", c.size());
                g.writeArrayFieldStart("lines");
                for (ContentLine l : c.lines()) {
                    g.writeStartObject();
                    g.writeFieldName("sizeOfferId");
                    if (l.sizeOfferId() == null) {
                        g.writeNull();
                    } else {
                        g.writeNumber(l.sizeOfferId());
                    }
                    g.writeStringField("product", l.product());
                    g.writeStringField("quantity", l.quantity());
                    g.writeStringField("origin", l.origin());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("news", d.news());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void point(JsonGenerator g, PointSheet p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("pointId", p.pointId());
        g.writeStringField("kind", p.kind().name());
        g.writeStringField("name", p.name());
        g.writeStringField("address", p.address());
        g.writeStringField("openingHours", p.openingHours());
        g.writeStringField("day", p.day() == null ? null : p.day().toString());
        g.writeNumberField("capacity", p.capacity());
        g.writeArrayFieldStart("baskets");
        List<Basket> baskets = p.baskets();
        for (int i = 0; i < baskets.size(); i++) {
            basket(g, baskets.get(i));
        }
        g.writeEndArray();
        totals(g, p.totals());
        texts(g, VOLUNTEERS, p.volunteers());
        g.writeEndObject();
    }

    private static void basket(JsonGenerator g, Basket b) throws IOException {
        g.writeStartObject();
        number(g, SUBSCRIPTION_ID, b.subscriptionId());
        number(g, HOUSEHOLD_ID, b.householdId());
        text(g, HOUSEHOLD, b.household());
        text(g, SIZE, b.size());
        texts(g, OPTIONS, b.options());
        number(g, QUANTITY, b.quantity());
        text(g, COLLECTED_BY, b.collectedBy());
        g.writeFieldName(DONATED);
        g.writeBoolean(b.donated());
        text(g, SHIFTED_FROM, b.shiftedFrom());
        text(g, OUTCOME, b.outcome() == null ? null : b.outcome().name());
        g.writeFieldName(STOP);
        if (b.stop() == null) {
            g.writeNull();
        } else {
            g.writeNumber(b.stop());
        }
        text(g, ADDRESS, b.address());
        text(g, INSTRUCTIONS, b.instructions());
        texts(g, EXTRAS, b.extras());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, SerializedString name, long value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    /** A text, or null. */
    private static void text(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private static void totals(JsonGenerator g, List<Total> totals) throws IOException {
        g.writeArrayFieldStart("totals");
        for (Total t : totals) {
            g.writeStartObject();
            g.writeNumberField("offerId", t.offerId());
            g.writeStringField("offer", t.offer());
            g.writeStringField("kind", t.kind().name());
            g.writeNumberField("quantity", t.quantity());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** By index: an iterator for each of 200,000 short lists was garbage to collect. */
    private static void texts(JsonGenerator g, SerializedString name, List<String> values) throws IOException {
        g.writeFieldName(name);
        g.writeStartArray();
        for (int i = 0; i < values.size(); i++) {
            g.writeString(values.get(i));
        }
        g.writeEndArray();
    }
}
