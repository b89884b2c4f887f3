package org.sillon.privacy.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Renders a personal-data export as one self-contained, printable French HTML page. It knows nothing of the
 * sections: any JSON tree renders, objects as definition lists, lists of objects as tables, other lists as
 * bullet lists, so a component that adds a section needs no change here. Every text is escaped.
 */
public final class ReadableExport {

    /** Titles of the sections the registry itself writes; other sections show under their own name. */
    private static final Map<String, String> TITLES = Map.of(
            "person", "Personne", "household", "Foyer", "audit", "Journal des modifications");

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}"
            + "h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #999;margin-top:1.5em}"
            + "dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;margin:.3em 0}dt{font-weight:bold}"
            + "dd{margin:0}table{border-collapse:collapse;margin:.3em 0}th,td{border:1px solid #bbb;padding:.2em .4em;"
            + "vertical-align:top;text-align:left}.none{color:#777}@media print{body{margin:0}}";

    private ReadableExport() {
    }

    /** The whole page: {@code title}, a line saying when it was produced, then one part per section. */
    public static String page(String title, String producedOn, JsonObject sections) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>").append(escape(title))
                .append("</title><style>").append(STYLE).append("</style></head><body><h1>").append(escape(title))
                .append("</h1><p>").append(escape(producedOn)).append("</p>");
        sections.forEach((name, content) -> {
            html.append("<section><h2>").append(escape(TITLES.getOrDefault(name, name))).append("</h2>");
            value(content, html);
            html.append("</section>");
        });
        return html.append("</body></html>").toString();
    }

    /** One value, whatever its shape, appended to {@code html}. */
    static void value(JsonValue v, StringBuilder html) {
        switch (v.getValueType()) {
            case OBJECT -> object(v.asJsonObject(), html);
            case ARRAY -> array(v.asJsonArray(), html);
            case STRING -> html.append(escape(((JsonString) v).getString()));
            case NULL -> html.append("<span class=\"none\">—</span>");
            case TRUE -> html.append("oui");
            case FALSE -> html.append("non");
            default -> html.append(escape(v.toString()));
        }
    }

    private static void object(JsonObject o, StringBuilder html) {
        if (o.isEmpty()) {
            html.append("<span class=\"none\">—</span>");
            return;
        }
        html.append("<dl>");
        o.forEach((k, v) -> {
            html.append("<dt>").append(escape(k)).append("</dt><dd>");
            value(v, html);
            html.append("</dd>");
        });
        html.append("</dl>");
    }

    private static void array(JsonArray a, StringBuilder html) {
        if (a.isEmpty()) {
            html.append("<span class=\"none\">aucun élément</span>");
        } else if (a.stream().allMatch(e -> e.getValueType() == JsonValue.ValueType.OBJECT)) {
            table(a, html);
        } else {
            html.append("<ul>");
            a.forEach(e -> {
                html.append("<li>");
                value(e, html);
                html.append("</li>");
            });
            html.append("</ul>");
        }
    }

    /** Rows of objects, one column per field any of them has, in the order the fields first appear. */
    private static void table(JsonArray rows, StringBuilder html) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.asJsonObject().keySet()));
        html.append("<table><thead><tr>");
        columns.forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        html.append("</tr></thead><tbody>");
        rows.forEach(r -> {
            html.append("<tr>");
            columns.forEach(c -> {
                html.append("<td>");
                value(r.asJsonObject().getOrDefault(c, JsonValue.NULL), html);
                html.append("</td>");
            });
            html.append("</tr>");
        });
        html.append("</tbody></table>");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
