package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.Problems;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/** An organisation's contact persons through the API. */
@ExtendWith(ArquillianExtension.class)
class OrganisationContactsIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private long organisation(String name) {
        Api.Reply r = api.post("/api/v1/organisations", Api.json("name", name + " " + tag, "kind", "PUBLIC_BODY"));
        assertEquals(201, r.status(), r.body());
        return r.id();
    }

    private long person(String first, String last) {
        Api.Reply r = api.post("/api/v1/persons", Api.json("firstName", first, "lastName", last + tag,
                "email", first.toLowerCase() + "." + tag + "@ccas.example.org"));
        assertEquals(201, r.status(), r.body());
        return r.id();
    }

    @Test
    void contactsAreAddedListedByNameAndRemoved() throws Exception {
        long ccas = organisation("CCAS de Lorient");
        long sophie = person("Sophie", "Bihan");
        long marc = person("Marc", "Allain");
        String contacts = "/api/v1/organisations/" + ccas + "/contacts";

        Api.Reply added = api.post(contacts, Api.json("personId", sophie, "function", " référente  sociale "));
        assertEquals(201, added.status(), added.body());
        assertEquals("référente sociale", added.json().getString("function"));
        assertEquals(true, added.header("Location").endsWith(contacts + "/" + sophie), added.header("Location"));
        assertEquals(201, api.post(contacts, Api.json("personId", marc, "function", "directeur")).status());

        JsonArray list = api.get(contacts).array();
        assertEquals(2, list.size());
        JsonObject first = list.getJsonObject(0);
        assertEquals("Marc", first.getString("firstName"), "sorted by last name");
        assertEquals("marc." + tag + "@ccas.example.org", first.getString("email"));
        assertEquals(200, Api.at(base).as(Staff.create(api, "GARDEN").token()).get(contacts).status());

        assertEquals(204, api.delete(contacts + "/" + marc).status());
        assertEquals(404, api.delete(contacts + "/" + marc).status());
        assertEquals(1, api.get(contacts).array().size());
        assertEquals(200, api.get("/api/v1/persons/" + marc).status(), "the person stays in the registry");
        assertEquals(1, TestServices.count("select count(*) from audit_event where subject_type = 'Organisation'"
                + " and action = 'CONTACT_REMOVED' and subject_id = " + ccas));
        assertEquals(2, TestServices.count("select count(*) from audit_event where subject_type = 'Organisation'"
                + " and action = 'CONTACT_ADDED' and subject_id = " + ccas));
    }

    @Test
    void anUnknownPersonADuplicateAndAnUnknownOrganisationAreRefused() {
        long caf = organisation("CAF du Morbihan");
        long anne = person("Anne", "Le Goff");
        String contacts = "/api/v1/organisations/" + caf + "/contacts";

        Api.Reply unknown = api.post(contacts, Api.json("personId", 999_999_999L, "function", "directrice"));
        Problems.assertField(unknown, "personId");
        Problems.assertField(api.post(contacts, Api.json("function", "directrice")), "personId");
        Problems.assertField(api.post(contacts, Api.json("personId", anne, "function", "x".repeat(101))), "function");

        assertEquals(201, api.post(contacts, Api.json("personId", anne)).status());
        Api.Reply twice = api.post(contacts, Api.json("personId", anne, "function", "directrice"));
        assertEquals(409, twice.status(), twice.body());
        assertEquals("personId", twice.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(404, api.get("/api/v1/organisations/999999999/contacts").status());
        assertEquals(404, api.post("/api/v1/organisations/999999999/contacts", Api.json("personId", anne)).status());
    }

    @Test
    void deletingAnOrganisationOrAPersonDropsTheirLinks() throws Exception {
        long mairie = organisation("Mairie de Lanester");
        long yves = person("Yves", "Tanguy");
        long rozenn = person("Rozenn", "Tanguy");
        assertEquals(201, api.post("/api/v1/organisations/" + mairie + "/contacts", Api.json("personId", yves)).status());
        assertEquals(201, api.post("/api/v1/organisations/" + mairie + "/contacts", Api.json("personId", rozenn)).status());
        assertEquals(204, api.delete("/api/v1/persons/" + yves).status());
        assertEquals(1, api.get("/api/v1/organisations/" + mairie + "/contacts").array().size());
        assertEquals(204, api.delete("/api/v1/organisations/" + mairie).status());
        assertEquals(0, TestServices.count("select count(*) from organisation_contact where person_id = " + rozenn));
    }
}
