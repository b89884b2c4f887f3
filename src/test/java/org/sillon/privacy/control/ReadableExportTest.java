package org.sillon.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class ReadableExportTest {

    @Test
    void everyTextIsEscapedKeysTitlesAndValuesAlike() {
        JsonObject data = Json.createObjectBuilder()
                .add("person", Json.createObjectBuilder().add("lastName", "<script>alert('x')</script>")
                        .add("<b>", "Tom & \"Jerry\""))
                .add("<i>notes</i>", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "a<b")))
                .build();
        String html = ReadableExport.page("Données de <Anne>", "Produit le 1/1", data);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>") || html.contains("<i>") || html.contains("<Anne>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("Tom &amp; &quot;Jerry&quot;"), html);
        assertTrue(html.contains("<h2>&lt;i&gt;notes&lt;/i&gt;</h2>"), html);
        assertTrue(html.contains("<title>Données de &lt;Anne&gt;</title>"), html);
    }

    @Test
    void objectsBecomeDefinitionListsListsOfObjectsTablesAndOtherListsBullets() {
        JsonObject data = Json.createObjectBuilder()
                .add("household", Json.createObjectBuilder().add("name", "Foyer Le Gall")
                        .add("members", Json.createArrayBuilder().add("Anne").add("Yann")))
                .add("audit", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("action", "CREATED")
                                .add("changes", Json.createObjectBuilder().add("email", "a@b.fr")))
                        .add(Json.createObjectBuilder().add("action", "UPDATED").add("actor", "admin").addNull("changes")))
                .add("consents", Json.createArrayBuilder())
                .add("flags", Json.createObjectBuilder().add("newsletter", true).add("count", 3))
                .build();
        String html = ReadableExport.page("t", "p", data);
        assertTrue(html.contains("<h2>Foyer</h2><dl><dt>name</dt><dd>Foyer Le Gall</dd><dt>members</dt>"
                + "<dd><ul><li>Anne</li><li>Yann</li></ul></dd></dl>"), html);
        // columns are the union of the rows' fields; a field a row lacks shows as a dash
        assertTrue(html.contains("<h2>Journal des modifications</h2><table><thead><tr><th>action</th><th>changes</th>"
                + "<th>actor</th></tr></thead><tbody><tr><td>CREATED</td><td><dl><dt>email</dt><dd>a@b.fr</dd></dl></td>"
                + "<td><span class=\"none\">—</span></td></tr>"), html);
        assertTrue(html.contains("<h2>consents</h2><span class=\"none\">aucun élément</span>"), html);
        assertTrue(html.contains("<dt>newsletter</dt><dd>oui</dd><dt>count</dt><dd>3</dd>"), html);
        assertEquals(html.indexOf("<h2>Foyer"), html.indexOf("<section>") + "<section>".length(), "sections keep their order");
    }
}
