package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.Problems;
import org.sillon.testing.Staff;

/**
 * Households through the API: composition, main contact, optimistic locking, deletion, and the garden team's
 * delivery instructions.
 */
@ExtendWith(ArquillianExtension.class)
class HouseholdsIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private long person(String first) {
        Api.Reply r = api.post("/api/v1/persons", Api.json("firstName", first, "lastName", "Foyer-" + tag));
        assertEquals(201, r.status(), r.body());
        return r.id();
    }

    @Test
    void aHouseholdIsFormedAroundItsMainContact() {
        long anne = person("Anne");
        long paul = person("Paul");
        Api.Reply created = api.post("/api/v1/households", Api.json("mainContactId", anne, "memberIds", List.of(paul)));
        assertEquals(201, created.status(), created.body());
        JsonObject h = created.json();
        assertEquals("Foyer FOYER-" + tag.toUpperCase(), h.getString("name"));
        assertEquals(anne, h.getJsonNumber("mainContactId").longValue());
        assertEquals(2, h.getJsonArray("members").size());
        assertEquals(h.getJsonNumber("id").longValue(),
                api.get("/api/v1/persons/" + paul).json().getJsonNumber("householdId").longValue());
        Api.Reply found = api.get("/api/v1/households?q=foyer-" + tag);
        assertEquals(1, found.json().getInt("total"), found.body());

        // in a list, each household's main contact is found among its members, whatever their order
        long zoe = person("Zoé");
        long bruno = person("Bruno");
        assertEquals(201, api.post("/api/v1/households", Api.json("name", "Autre " + tag, "mainContactId", zoe,
                "memberIds", List.of(bruno))).status());
        List<JsonObject> listed = api.get("/api/v1/households?q=" + tag + "&sort=name").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(zoe, anne), listed.stream().map(x -> x.getJsonNumber("mainContactId").longValue()).toList());
        assertEquals(List.of("Bruno", "Zoé"), listed.get(0).getJsonArray("members").getValuesAs(JsonObject.class)
                .stream().map(m -> m.getString("firstName")).toList());
        assertEquals(List.of(false, true), listed.get(0).getJsonArray("members").getValuesAs(JsonObject.class)
                .stream().map(m -> m.getBoolean("mainContact")).toList());
    }

    @Test
    void theMainContactChangesAndMembersLeaveWithTheCurrentVersionOnly() {
        long anne = person("Anne");
        long paul = person("Paul");
        Api.Reply created = api.post("/api/v1/households", Api.json("name", "Les Foyer", "mainContactId", anne,
                "memberIds", List.of(paul)));
        String location = created.header("Location");

        Api.Reply updated = api.header("If-Match", created.etag()).put(location,
                Api.json("name", "Les Foyer", "mainContactId", paul, "memberIds", List.of()));
        assertEquals(200, updated.status(), updated.body());
        assertEquals(paul, updated.json().getJsonNumber("mainContactId").longValue());
        assertEquals(1, updated.json().getJsonArray("members").size());
        assertTrue(api.get("/api/v1/persons/" + anne).json().isNull("householdId"));

        Api.Reply stale = api.header("If-Match", created.etag()).put(location,
                Api.json("name", "Autre nom", "mainContactId", paul, "memberIds", List.of()));
        assertEquals(412, stale.status(), stale.body());
        assertEquals("Les Foyer", api.get(location).json().getString("name"));
    }

    @Test
    void aPersonBelongsToOneHouseholdAndTheMainContactCannotBeDeleted() {
        long anne = person("Anne");
        long paul = person("Paul");
        assertEquals(201, api.post("/api/v1/households", Api.json("mainContactId", anne)).status());
        Problems.assertField(api.post("/api/v1/households", Api.json("mainContactId", paul, "memberIds", List.of(anne))),
                "memberIds");
        Api.Reply refused = api.delete("/api/v1/persons/" + anne);
        assertEquals(409, refused.status(), refused.body());
        assertEquals(200, api.get("/api/v1/persons/" + anne).status());
        Problems.assertField(api.post("/api/v1/households", Api.json("name", "x")), "mainContactId");
    }

    @Test
    void aPersonJoiningThroughThePersonsApiMovesTheHouseholdVersion() {
        long anne = person("Anne");
        Api.Reply created = api.post("/api/v1/households", Api.json("name", "Foyer joint", "mainContactId", anne));
        String location = created.header("Location");
        Api.Reply claire = api.post("/api/v1/persons", Api.json("firstName", "Claire", "lastName", "Foyer-" + tag,
                "householdId", created.id()));
        assertEquals(201, claire.status(), claire.body());
        Api.Reply read = api.get(location);
        assertEquals(2, read.json().getJsonArray("members").size());
        assertTrue(!created.etag().equals(read.etag()), "the household changed, so did its version");
        assertEquals(412, api.header("If-Match", created.etag()).put(location,
                Api.json("name", "Renommé", "mainContactId", anne, "memberIds", List.of())).status(),
                "an edit that has not seen Claire arrive cannot remove her");
    }

    @Test
    void theGardenTeamKeepsTheDeliveryInstructionsAndNothingElse() {
        long anne = person("Anne");
        Api.Reply created = api.post("/api/v1/households", Api.json("name", "Foyer livré " + tag, "mainContactId", anne,
                "deliveryInstructions", "sonner"));
        String location = created.header("Location");
        Api garden = Api.at(base).as(Staff.create(Api.at(base), "GARDEN").token());

        Api.Reply instructed = garden.header("If-Match", created.etag()).put(location + "/delivery-instructions",
                Api.json("deliveryInstructions", "portail vert, digicode 4512"));
        assertEquals(200, instructed.status(), instructed.body());
        JsonObject read = api.get(location).json();
        assertEquals("portail vert, digicode 4512", read.getString("deliveryInstructions"));
        assertEquals("Foyer livré " + tag, read.getString("name"));

        // another field beside the instructions is refused by name, saying which field may be sent
        Api.Reply more = garden.header("If-Match", instructed.etag()).put(location + "/delivery-instructions",
                Api.json("deliveryInstructions", "sonner trois fois", "name", "Renommé"));
        Problems.assertField(more, "name");
        assertTrue(more.json().getString("detail").contains("deliveryInstructions"), more.body());
        // the household as a whole stays the registry editors'
        Api.Reply whole = garden.header("If-Match", instructed.etag()).put(location,
                Api.json("name", "Renommé", "mainContactId", anne));
        assertEquals(403, whole.status(), whole.body());
        // instructions written over a version the garden team has not seen are refused too
        assertEquals(412, garden.header("If-Match", created.etag()).put(location + "/delivery-instructions",
                Api.json("deliveryInstructions", "ancien")).status());
        assertEquals("portail vert, digicode 4512", api.get(location).json().getString("deliveryInstructions"));
        assertEquals("Foyer livré " + tag, api.get(location).json().getString("name"));
    }

    @Test
    void deletingAHouseholdKeepsItsPersons() {
        long anne = person("Anne");
        Api.Reply created = api.post("/api/v1/households", Api.json("mainContactId", anne));
        assertEquals(204, api.delete(created.header("Location")).status());
        assertEquals(404, api.get(created.header("Location")).status());
        Api.Reply kept = api.get("/api/v1/persons/" + anne);
        assertEquals(200, kept.status());
        assertTrue(kept.json().isNull("householdId"));
    }
}
