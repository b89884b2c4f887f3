package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
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
 * Drop-off points through the API: the garden team keeps them, every fault of a description is named at once,
 * and the contact person and partner organisation follow the registry's merges and deletions.
 */
@ExtendWith(ArquillianExtension.class)
class DropOffPointsIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Api garden;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        garden = Api.at(base).as(Staff.create(Api.at(base), "GARDEN").token());
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private long person(String first) {
        Api.Reply r = api.post("/api/v1/persons", Api.json("firstName", first, "lastName", "Dépôt-" + tag));
        assertEquals(201, r.status(), r.body());
        return r.id();
    }

    private static String point(String name, Object capacity, Long contact, Long partner) {
        return Api.json("name", name, "address", Json.createObjectBuilder().add("line1", "Place du Marché")
                        .add("postalCode", "56270").add("city", "Ploemeur").build(),
                "openingHours", "jeudi 17 h - 19 h", "deliveryDay", "THURSDAY", "capacity", capacity,
                "contactPersonId", contact, "partnerOrganisationId", partner);
    }

    @Test
    void theGardenTeamKeepsAPointWithItsContactAndPartner() {
        long contact = person("Maïwenn");
        long partner = api.post("/api/v1/organisations", Api.json("name", "Biocoop " + tag, "kind", "COMPANY")).id();
        Api.Reply created = garden.post("/api/v1/drop-off-points", point("Biocoop Ploemeur " + tag, 40, contact, partner));
        assertEquals(201, created.status(), created.body());
        JsonObject p = Api.at(base).as(Staff.create(Api.at(base), "TREASURER").token()).get(created.header("Location")).json();
        assertEquals("THURSDAY", p.getString("deliveryDay"));
        assertEquals(40, p.getInt("capacity"));
        assertEquals("56270", p.getJsonObject("address").getString("postalCode"));
        assertEquals(contact, p.getJsonNumber("contactPersonId").longValue());

        Api.Reply moved = garden.header("If-Match", created.etag()).put(created.header("Location"),
                Api.json("name", "Biocoop Ploemeur " + tag, "deliveryDay", "WEDNESDAY", "capacity", 45));
        assertEquals(200, moved.status(), moved.body());
        assertEquals("WEDNESDAY", moved.json().getString("deliveryDay"));
        assertEquals(412, garden.header("If-Match", created.etag()).put(created.header("Location"),
                point("Biocoop Ploemeur " + tag, 50, null, null)).status());
        assertTrue(garden.get("/api/v1/drop-off-points").array().stream()
                .anyMatch(x -> x.asJsonObject().getString("name").equals("Biocoop Ploemeur " + tag)));
    }

    @Test
    void everyFaultIsNamedAtOnceAndNothingIsStored() {
        Api.Reply refused = garden.post("/api/v1/drop-off-points", Api.json("name", " ", "capacity", 0));
        Problems.assertField(refused, "name");
        Problems.assertField(refused, "deliveryDay");
        Problems.assertField(refused, "capacity");
        Problems.assertField(garden.post("/api/v1/drop-off-points", point("Mairie " + tag, 10001, null, null)), "capacity");
        Problems.assertField(garden.post("/api/v1/drop-off-points", point("Mairie " + tag, 20, 987654321L, null)),
                "contactPersonId");
        Problems.assertField(garden.post("/api/v1/drop-off-points", point("Mairie " + tag, 20, null, 987654321L)),
                "partnerOrganisationId");
        assertEquals(201, garden.post("/api/v1/drop-off-points", point("Mairie " + tag, 20, null, null)).status());
        assertEquals(409, garden.post("/api/v1/drop-off-points", point("MAIRIE " + tag, 20, null, null)).status());
        assertEquals(1, garden.get("/api/v1/drop-off-points").array().stream()
                .filter(x -> x.asJsonObject().getString("name").equalsIgnoreCase("Mairie " + tag)).count());
    }

    @Test
    void theContactFollowsAMergeAndADeletionAndAHostingPartnerStays() throws Exception {
        long merged = person("Gwen");
        long survivor = person("Gwenaëlle");
        long partner = api.post("/api/v1/organisations", Api.json("name", "CSE " + tag, "kind", "COMPANY")).id();
        String location = garden.post("/api/v1/drop-off-points", point("Ateliers " + tag, 25, merged, partner))
                .header("Location");

        Api.Reply merge = api.post("/api/v1/merges", Api.json("survivorId", survivor,
                "survivorVersion", api.get("/api/v1/persons/" + survivor).json().getInt("version"),
                "mergedId", merged, "mergedVersion", api.get("/api/v1/persons/" + merged).json().getInt("version"),
                "takeFromMerged", List.of()));
        assertTrue(merge.status() < 300, merge.body());
        assertEquals(survivor, api.get(location).json().getJsonNumber("contactPersonId").longValue());

        assertEquals(204, api.delete("/api/v1/persons/" + survivor).status());
        assertTrue(api.get(location).json().isNull("contactPersonId"), "the point stays, without a contact");

        Api.Reply deletion = api.delete("/api/v1/organisations/" + partner);
        assertEquals(409, deletion.status(), deletion.body());
        assertTrue(deletion.body().contains("Ateliers " + tag), deletion.body());
        assertEquals(200, api.get("/api/v1/organisations/" + partner).status());
    }
}
