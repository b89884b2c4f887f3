package org.sillon.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.Problems;
import org.sillon.testing.TestServices;

/** Likely duplicates and merges through the API, checked against what the database holds. */
@ExtendWith(ArquillianExtension.class)
class MergesIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
    }

    private long person(String first, String last, String email, String mobile, String line1) {
        var body = Json.createObjectBuilder().add("firstName", first).add("lastName", last);
        if (email != null) {
            body.add("email", email);
        }
        if (mobile != null) {
            body.add("mobilePhone", mobile);
        }
        if (line1 != null) {
            body.add("address", Json.createObjectBuilder().add("line1", line1).add("postalCode", "56270")
                    .add("city", "Ploemeur"));
        }
        Api.Reply r = api.post("/api/v1/persons", body.build().toString());
        assertEquals(201, r.status(), r.body());
        return r.id();
    }

    private long household(long mainContact, long... members) {
        List<Long> ids = new ArrayList<>();
        for (long m : members) {
            ids.add(m);
        }
        Api.Reply r = api.post("/api/v1/households", Api.json("name", "Foyer " + tag + mainContact,
                "mainContactId", mainContact, "memberIds", ids));
        assertEquals(201, r.status(), r.body());
        return r.id();
    }

    private long version(long personId) {
        return api.get("/api/v1/persons/" + personId).json().getJsonNumber("version").longValue();
    }

    private Api.Reply merge(long survivor, long merged, List<String> take) {
        return api.post("/api/v1/merges", Api.json("survivorId", survivor, "survivorVersion", version(survivor),
                "mergedId", merged, "mergedVersion", version(merged), "takeFromMerged", take));
    }

    /** Every listed pair, page by page, as "lowId-highId" to its JSON. */
    private java.util.Map<String, JsonObject> pairs(int minScore) {
        java.util.Map<String, JsonObject> found = new java.util.HashMap<>();
        for (int page = 0; ; page++) {
            Api.Reply r = api.get("/api/v1/duplicates?size=200&minScore=" + minScore + "&page=" + page);
            assertEquals(200, r.status(), r.body());
            JsonArray items = r.json().getJsonArray("items");
            items.forEach(i -> found.put(i.asJsonObject().getJsonObject("first").getJsonNumber("id").longValue() + "-"
                    + i.asJsonObject().getJsonObject("second").getJsonNumber("id").longValue(), i.asJsonObject()));
            if (items.size() < 200) {
                return found;
            }
        }
    }

    private static String key(long a, long b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }

    private void rename(long personId, String first, String last, String line1) {
        var body = Json.createObjectBuilder().add("firstName", first).add("lastName", last);
        if (line1 != null) {
            body.add("address", Json.createObjectBuilder().add("line1", line1).add("postalCode", "56270")
                    .add("city", "Ploemeur"));
        }
        Api.Reply current = api.get("/api/v1/persons/" + personId);
        Api.Reply r = api.header("If-Match", current.etag()).put("/api/v1/persons/" + personId, body.build().toString());
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void theListFollowsEveryChangeOfAPersonAtOnce() {
        long gwen = person("Gwenaëlle", "Caradec" + tag, null, null, "5 rue du Port");
        long again = person("Gwenaelle", "CARADEC" + tag, null, null, "5, rue du port");
        assertEquals(90, pairs(50).get(key(gwen, again)).getInt("score"), "same name and address");

        rename(again, "Soizic", "Morvan" + tag, null);
        var afterRename = pairs(50);
        assertFalse(afterRename.containsKey(key(gwen, again)), "renamed: the pair is gone at the next call");
        assertTrue(afterRename.keySet().stream().noneMatch(k -> k.contains(Long.toString(gwen))));

        rename(again, "Gwenaelle", "Caradec" + tag, "5 rue du Port");
        JsonObject back = pairs(50).get(key(gwen, again));
        assertEquals(90, back.getInt("score"), "renamed back: the pair is listed again");
        assertEquals(version(again), back.getJsonObject(gwen < again ? "second" : "first").getJsonNumber("version")
                .longValue(), "with the person as they are now");

        long third = person("Gwenaëlle", "Caradec" + tag, null, null, null);
        var withThird = pairs(50);
        assertTrue(withThird.containsKey(key(gwen, third)) && withThird.containsKey(key(again, third)),
                "a new namesake pairs with both");
        assertEquals(204, api.delete("/api/v1/persons/" + third).status());
        var afterDeletion = pairs(50);
        assertFalse(afterDeletion.containsKey(key(gwen, third)) || afterDeletion.containsKey(key(again, third)),
                "a deleted person's pairs go with them");
        assertTrue(afterDeletion.containsKey(key(gwen, again)));
    }

    @Test
    void theListFindsSeededPairsButNotDismissedOnes() {
        long lefevre = person("Hélène", "Lefèvre" + tag, null, null, "3 rue des Ajoncs");
        long lefevreAgain = person("HELENE", "Lefevre" + tag, null, null, "3, rue des ajoncs");
        long lefebvre = person("Hélène", "Lefebvre" + tag, null, null, null);
        long yann = person("Yann", "Tanguy" + tag, "yann.tanguy." + tag + "@gmail.com", null, null);
        long yannAgain = person("Y", "T" + tag, "yanntanguy" + tag + "+jardin@gmail.com", null, null);
        long riou = person("Anne", "Riou" + tag, null, null, null);
        long riouNamesake = person("Anne", "Riou" + tag, null, null, null);

        Api.Reply dismissed = api.post("/api/v1/duplicates/dismissals", Api.json("personIds", List.of(riouNamesake, riou)));
        assertEquals(200, dismissed.status(), dismissed.body());
        assertEquals(riou, dismissed.json().getJsonNumber("personLowId").longValue());
        assertEquals(200, api.post("/api/v1/duplicates/dismissals", Api.json("personIds", List.of(riou, riouNamesake))).status(),
                "dismissing again changes nothing");

        var found = pairs(30);
        JsonObject sameAddress = found.get(key(lefevre, lefevreAgain));
        assertEquals(90, sameAddress.getInt("score"), sameAddress.toString());
        assertEquals("SAME_NAME_AND_ADDRESS", sameAddress.getJsonArray("reasons").getString(0));
        assertEquals("SIMILAR_NAME", found.get(key(lefevre, lefebvre)).getJsonArray("reasons").getString(0));
        assertEquals("SAME_EMAIL", found.get(key(yann, yannAgain)).getJsonArray("reasons").getString(0));
        assertFalse(found.containsKey(key(riou, riouNamesake)), "a dismissed pair is not listed");
        assertFalse(pairs(60).containsKey(key(lefevre, lefebvre)), "a similar name alone scores below 60");

        Problems.assertField(api.get("/api/v1/duplicates?minScore=101"), "minScore");
        Problems.assertField(api.get("/api/v1/duplicates?minScore=many"), "minScore");
        Problems.assertField(api.post("/api/v1/duplicates/dismissals", Api.json("personIds", List.of(riou, riou))), "personIds");
        Problems.assertField(api.post("/api/v1/duplicates/dismissals", Api.json("personIds", List.of(riou, 999999999L))), "personIds");
    }

    @Test
    void aMergeFillsBlanksTakesChosenFieldsAndHandsOverTheMainContact() throws SQLException {
        long survivor = person("Hélène", "Lefèvre" + tag, null, "06 11 22 33 44", null);
        String email = "helene." + tag + "@example.org";
        long merged = person("Helene", "Lefebvre" + tag, email, "06 99 88 77 66", "3 rue des Ajoncs");
        long household = household(merged, survivor);
        long mergedAudit = TestServices.count("select count(*) from audit_event where subject_type = 'Person' and subject_id = " + merged);

        Api.Reply reply = merge(survivor, merged, List.of("lastName"));
        assertEquals(200, reply.status(), reply.body());
        JsonObject kept = reply.json();
        assertEquals(survivor, kept.getJsonNumber("id").longValue());
        assertEquals("Lefebvre" + tag, kept.getString("lastName"), "a chosen field takes the merged value");
        assertEquals("Hélène", kept.getString("firstName"), "the survivor keeps its values");
        assertEquals("+33611223344", kept.getString("mobilePhone"));
        assertEquals(email, kept.getString("email"), "a blank is filled, even with the unique email");
        assertEquals("Ploemeur", kept.getJsonObject("address").getString("city"));
        assertEquals(kept.getJsonNumber("version").toString(), reply.etag().replace("\"", ""));

        assertEquals(404, api.get("/api/v1/persons/" + merged).status());
        JsonObject foyer = api.get("/api/v1/households/" + household).json();
        assertEquals(survivor, foyer.getJsonNumber("mainContactId").longValue());
        assertEquals(1, foyer.getJsonArray("members").size());

        assertEquals(mergedAudit + 1, TestServices.count("select count(*) from audit_event where subject_type = 'Person'"
                + " and subject_id = " + merged), "the merged person's trail stays, ended by MERGED_INTO");
        assertEquals(1, TestServices.count("select count(*) from audit_event where subject_type = 'Person' and subject_id = "
                + survivor + " and action = 'MERGED' and changes like '%\"lastName\"%' and changes like '%\"mergedId\"%'"));
        assertEquals(1, TestServices.count("select count(*) from person_merge where survivor_id = " + survivor
                + " and merged_id = " + merged + " and snapshot like '%" + email + "%'"));

        JsonArray history = api.get("/api/v1/merges?personId=" + survivor).array();
        assertEquals(1, history.size());
        assertEquals(merged, history.getJsonObject(0).getJsonNumber("mergedId").longValue());
        assertEquals("Helene", history.getJsonObject(0).getJsonObject("snapshot").getString("firstName"));
    }

    @Test
    void aSurvivorWithoutHouseholdTakesTheMergedPersonsPlace() {
        long survivor = person("Goulven", "Quéré" + tag, null, null, null);
        long merged = person("Goulven", "Quere" + tag, null, null, null);
        long other = person("Katell", "Quéré" + tag, null, null, null);
        long household = household(merged, other);

        assertEquals(200, merge(survivor, merged, List.of()).status());
        JsonObject foyer = api.get("/api/v1/households/" + household).json();
        assertEquals(survivor, foyer.getJsonNumber("mainContactId").longValue());
        assertEquals(2, foyer.getJsonArray("members").size());
        assertEquals(household, api.get("/api/v1/persons/" + survivor).json().getJsonNumber("householdId").longValue());
    }

    @Test
    void mergesAreTracedBackRecursively() {
        long a = person("Rozenn", "Riou" + tag, null, null, null);
        long b = person("Rozenn", "Riou" + tag, null, null, null);
        long c = person("Rozen", "Riou" + tag, null, null, null);
        assertEquals(200, merge(b, c, List.of()).status());
        assertEquals(200, merge(a, b, List.of()).status());
        JsonArray history = api.get("/api/v1/merges?personId=" + a).array();
        assertEquals(List.of(c, b), history.stream().map(h -> h.asJsonObject().getJsonNumber("mergedId").longValue()).toList());
        assertEquals(1, api.get("/api/v1/merges?personId=" + c).array().size(), "a merged id shows where it went");
        Problems.assertField(api.get("/api/v1/merges"), "personId");
    }

    @Test
    void aDismissedPairFollowsTheMergedPersonToTheSurvivor() throws SQLException {
        long survivor = person("Maïwenn", "Cadiou" + tag, null, null, null);
        long merged = person("Maiwenn", "Cadiou" + tag, null, null, null);
        long namesake = person("Maïwenn", "Cadiou" + tag, null, null, null);
        assertEquals(200, api.post("/api/v1/duplicates/dismissals", Api.json("personIds", List.of(merged, namesake))).status());
        assertEquals(200, api.post("/api/v1/duplicates/dismissals", Api.json("personIds", List.of(merged, survivor))).status());

        assertEquals(200, merge(survivor, merged, List.of()).status());
        assertEquals(0, TestServices.count("select count(*) from duplicate_dismissal where person_low_id = " + merged
                + " or person_high_id = " + merged));
        assertEquals(1, TestServices.count("select count(*) from duplicate_dismissal where person_low_id = "
                + Math.min(survivor, namesake) + " and person_high_id = " + Math.max(survivor, namesake)),
                "the namesake is still not the survivor");
        assertFalse(pairs(30).containsKey(key(survivor, namesake)));
    }

    @Test
    void staleVersionsAndTwoHouseholdsAreRefusedAndChangeNothing() throws SQLException {
        long survivor = person("Anaïs", "Morvan" + tag, null, null, null);
        long merged = person("Anais", "Morvan" + tag, null, null, null);
        long survivorVersion = version(survivor);
        long mergedVersion = version(merged);
        long h1 = household(survivor);
        long h2 = household(merged);
        long persons = TestServices.count("select count(*) from person");

        Api.Reply stale = api.post("/api/v1/merges", Api.json("survivorId", survivor, "survivorVersion", survivorVersion,
                "mergedId", merged, "mergedVersion", mergedVersion, "takeFromMerged", List.of()));
        assertEquals(412, stale.status(), stale.body());

        Api.Reply households = merge(survivor, merged, List.of());
        assertEquals(409, households.status(), households.body());
        assertEquals("mergedId", households.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(households.json().getString("detail").contains("move one of them out of their household first"),
                households.body());
        assertEquals(persons, TestServices.count("select count(*) from person"));
        assertEquals(0, TestServices.count("select count(*) from person_merge where survivor_id = " + survivor));
        assertEquals(h2, api.get("/api/v1/persons/" + merged).json().getJsonNumber("householdId").longValue());
        assertEquals(h1, api.get("/api/v1/persons/" + survivor).json().getJsonNumber("householdId").longValue());
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() throws SQLException {
        long a = person("Erwan", "Le Goff" + tag, null, null, null);
        long b = person("Erwan", "Le Goff" + tag, null, null, null);
        long persons = TestServices.count("select count(*) from person");
        long va = version(a);
        long vb = version(b);
        Problems.assertField(api.post("/api/v1/merges", Api.json("survivorId", a, "survivorVersion", va,
                "mergedId", a, "mergedVersion", va)), "mergedId");
        Problems.assertField(api.post("/api/v1/merges", Api.json("survivorId", 999999999L, "survivorVersion", 0L,
                "mergedId", b, "mergedVersion", vb)), "survivorId");
        Problems.assertField(api.post("/api/v1/merges", Api.json("survivorId", a, "survivorVersion", va,
                "mergedId", 999999999L, "mergedVersion", 0L)), "mergedId");
        Problems.assertField(api.post("/api/v1/merges", Api.json("survivorId", a, "survivorVersion", va,
                "mergedId", b, "mergedVersion", vb, "takeFromMerged", List.of("lastName", "password"))), "takeFromMerged");
        Problems.assertField(api.post("/api/v1/merges", Api.json("survivorId", a, "mergedId", b, "mergedVersion", vb)),
                "survivorVersion");
        Problems.assertField(api.post("/api/v1/merges", Api.json("survivorId", a, "survivorVersion", va,
                "mergedId", b, "mergedVersion", vb, "keep", "all")), "keep");
        assertEquals(persons, TestServices.count("select count(*) from person"));
        assertEquals(0, TestServices.count("select count(*) from person_merge where survivor_id in (" + a + "," + b + ")"));
    }
}
