package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.Problems;
import org.sillon.testing.TestServices;

/** The persons API against the real server and database: creation, reading, optimistic updates, errors. */
@ExtendWith(ArquillianExtension.class)
class PersonsIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private String person(String firstName, String lastName, String email) {
        return Api.json("civility", "MRS", "firstName", firstName, "lastName", lastName, "email", email,
                "mobilePhone", "06 12 34 56 78", "language", "FR",
                "address", jakarta.json.Json.createObjectBuilder().add("line1", "3 rue des Ajoncs")
                        .add("postalCode", "56270").add("city", "Ploemeur").build());
    }

    @Test
    void createsAPersonWithNormalisedEmailAndPhoneAndAnswersWithItsLocationAndVersion() {
        Api.Reply created = api.post("/api/v1/persons", person("Anne", "Le Gall-" + tag, "  Anne." + tag + "@Example.ORG "));
        assertEquals(201, created.status(), created.body());
        assertNotNull(created.header("Location"));
        assertNotNull(created.etag());
        JsonObject p = created.json();
        assertEquals("anne." + tag + "@example.org", p.getString("email"));
        assertEquals("+33612345678", p.getString("mobilePhone"));
        assertEquals("Ploemeur", p.getJsonObject("address").getString("city"));
        assertEquals("FR", p.getJsonObject("address").getString("country"));

        Api.Reply read = api.get(created.header("Location"));
        assertEquals(200, read.status());
        assertEquals(created.etag(), read.etag());
        assertEquals(304, api.header("If-None-Match", read.etag()).get(created.header("Location")).status());
    }

    @Test
    void updatesNeedTheCurrentVersionInIfMatch() {
        Api.Reply created = api.post("/api/v1/persons", person("Yann", "Tanguy-" + tag, null));
        String location = created.header("Location");
        String v1 = created.etag();

        Api.Reply missing = api.put(location, person("Yann", "Tanguy-" + tag, null));
        assertEquals(428, missing.status(), missing.body());

        Api.Reply updated = api.header("If-Match", v1).put(location, person("Yannick", "Tanguy-" + tag, null));
        assertEquals(200, updated.status(), updated.body());
        assertEquals("Yannick", updated.json().getString("firstName"));
        assertNotEquals(v1, updated.etag());

        Api.Reply any = api.header("If-Match", "*").put(location, person("Yannick", "Tanguy-" + tag, null));
        assertEquals(200, any.status(), "If-Match: * matches whatever the current version");

        Api.Reply stale = api.header("If-Match", v1).put(location, person("Jean", "Tanguy-" + tag, null));
        assertEquals(412, stale.status(), stale.body());
        assertEquals("application/problem+json", stale.header("Content-Type"));
        assertEquals("Yannick", api.get(location).json().getString("firstName"), "a stale write changes nothing");
    }

    @Test
    void aSecondPersonWithTheSameEmailIsAConflictNamingTheField() throws SQLException {
        String email = "dup." + tag + "@example.org";
        assertEquals(201, api.post("/api/v1/persons", person("Un", "Dup-" + tag, email)).status());
        long before = count("select count(*) from person");
        Api.Reply dup = api.post("/api/v1/persons", person("Deux", "Dup-" + tag, email.toUpperCase()));
        assertEquals(409, dup.status(), dup.body());
        assertEquals("email", dup.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(before, count("select count(*) from person"));
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() throws SQLException {
        long before = count("select count(*) from person");
        Problems.assertField(api.post("/api/v1/persons", "{\"firstName\": \"A\", "), "body");
        Problems.assertField(api.post("/api/v1/persons", Api.json("firstName", "A", "lastName", "B", "nickname", "x")), "nickname");
        Problems.assertField(api.post("/api/v1/persons", Api.json("firstName", "A", "lastName", "B", "civility", "DR")), "civility");
        Problems.assertField(api.post("/api/v1/persons", Api.json("firstName", "A", "lastName", "")), "lastName");
        Problems.assertField(api.post("/api/v1/persons", Api.json("firstName", "A", "lastName", "B", "email", "not-an-email")), "email");
        Problems.assertField(api.post("/api/v1/persons", Api.json("firstName", "A", "lastName", "B", "phone", "12")), "phone");
        Problems.assertField(api.post("/api/v1/persons", "{\"firstName\":\"A\",\"lastName\":\"B\",\"address\":{\"postalCode\":\"5627\",\"city\":\"Ploemeur\"}}"),
                "address.postalCode");
        Problems.assertField(api.post("/api/v1/persons", "{\"firstName\":\"A\",\"lastName\":\"B\",\"householdId\":\"x\"}"), "householdId");
        Problems.assertField(api.post("/api/v1/persons", Api.json("firstName", "A", "lastName", "B", "householdId", 999999999L)), "householdId");
        Problems.assertField(api.post("/api/v1/persons", "[1,2]"), "body");
        Problems.assertField(api.post("/api/v1/persons", "{\"firstName\":\"A\",\"lastName\":\"B\",\"address\":{\"city\":\""
                + "x".repeat(150) + "\"}}"), "address.city");
        assertEquals(before, count("select count(*) from person"), "refused requests store nothing");
    }

    @Test
    void listsArePagedSortedAndFiltered() {
        for (String first : new String[] {"Chloé", "Anaïs", "Bérénice"}) {
            assertEquals(201, api.post("/api/v1/persons", person(first, "Liste-" + tag, null)).status());
        }
        Api.Reply page = api.get("/api/v1/persons?q=liste-" + tag + "&sort=firstName,desc&size=2");
        assertEquals(200, page.status(), page.body());
        JsonObject json = page.json();
        assertEquals(3, json.getInt("total"));
        assertEquals(2, json.getJsonArray("items").size());
        assertEquals("Chloé", json.getJsonArray("items").getJsonObject(0).getString("firstName"));
        Api.Reply second = api.get("/api/v1/persons?q=liste-" + tag + "&sort=firstName,desc&size=2&page=1");
        assertEquals("Anaïs", second.json().getJsonArray("items").getJsonObject(0).getString("firstName"));
        Problems.assertField(api.get("/api/v1/persons?sort=password"), "sort");
        Problems.assertField(api.get("/api/v1/persons?size=1000"), "size");
        Problems.assertField(api.get("/api/v1/persons?size=many"), "size");
        Problems.assertField(api.get("/api/v1/persons?householdId=x"), "householdId");
        Problems.assertField(api.get("/api/v1/persons/abc"), "id");
        Problems.assertField(api.get("/api/v1/persons?page=2147483647&size=200"), "page");
    }

    @Test
    void deletingAPersonRemovesIt() {
        Api.Reply created = api.post("/api/v1/persons", person("Temp", "Delete-" + tag, null));
        assertEquals(204, api.delete(created.header("Location")).status());
        Api.Reply gone = api.get(created.header("Location"));
        assertEquals(404, gone.status());
        assertEquals("application/problem+json", gone.header("Content-Type"));
    }

    static long count(String sql) throws SQLException {
        return TestServices.count(sql);
    }
}
