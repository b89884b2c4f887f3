package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
import org.sillon.testing.TestServices;

/** Organisations through the API: validation by field, SIRET uniqueness, filters, optimistic updates. */
@ExtendWith(ArquillianExtension.class)
class OrganisationsIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private String organisation(String name, String kind, List<String> roles, String siret) {
        return Api.json("name", name, "kind", kind, "roles", roles, "siret", siret, "email", "Contact@" + tag + ".example.org");
    }

    @Test
    void createsReadsFiltersAndUpdatesAnOrganisation() {
        Api.Reply created = api.post("/api/v1/organisations",
                organisation("CCAS " + tag, "PUBLIC_BODY", List.of("PARTNER", "FUNDER"), null));
        assertEquals(201, created.status(), created.body());
        JsonObject o = created.json();
        assertEquals("contact@" + tag + ".example.org", o.getString("email"));
        assertEquals(2, o.getJsonArray("roles").size());

        assertEquals(1, api.get("/api/v1/organisations?q=ccas%20" + tag + "&role=FUNDER").json().getInt("total"));
        assertEquals(0, api.get("/api/v1/organisations?q=ccas%20" + tag + "&role=CLIENT").json().getInt("total"));
        assertEquals(1, api.get("/api/v1/organisations?q=" + tag + "&kind=PUBLIC_BODY").json().getInt("total"));
        Problems.assertField(api.get("/api/v1/organisations?kind=BANK"), "kind");

        String location = created.header("Location");
        Api.Reply updated = api.header("If-Match", created.etag()).put(location,
                organisation("CCAS de Ploemeur " + tag, "PUBLIC_BODY", List.of("PARTNER"), null));
        assertEquals(200, updated.status(), updated.body());
        assertNotEquals(created.etag(), updated.etag());
        assertEquals(412, api.header("If-Match", created.etag()).put(location,
                organisation("Autre", "COMPANY", List.of(), null)).status());
        assertEquals(204, api.delete(location).status());
        assertEquals(404, api.get(location).status());
    }

    @Test
    void badOrganisationsAreRefusedByFieldAndStoreNothing() throws Exception {
        long before = TestServices.count("select count(*) from organisation");
        Problems.assertField(api.post("/api/v1/organisations", organisation("", "COMPANY", List.of(), null)), "name");
        Problems.assertField(api.post("/api/v1/organisations", organisation("X", null, List.of(), null)), "kind");
        Problems.assertField(api.post("/api/v1/organisations", organisation("X", "COMPANY", List.of(), "99999999900018")), "siret");
        Problems.assertField(api.post("/api/v1/organisations", organisation("X", "COMPANY", List.of("OWNER"), null)), "roles");
        assertEquals(before, TestServices.count("select count(*) from organisation"));
    }

    @Test
    void oneRecordPerSiret() {
        String siret = "99999999900017";
        // other tests may have taken it: free it first, through the API
        api.get("/api/v1/organisations?q=" + siret).json().getJsonArray("items")
                .forEach(i -> api.delete("/api/v1/organisations/" + i.asJsonObject().getJsonNumber("id").longValue()));
        assertEquals(201, api.post("/api/v1/organisations", organisation("Un " + tag, "COMPANY", List.of("CLIENT"), siret)).status());
        Api.Reply dup = api.post("/api/v1/organisations", organisation("Deux " + tag, "COMPANY", List.of(), "999 999 999 00017"));
        assertEquals(409, dup.status(), dup.body());
        assertEquals("siret", dup.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
