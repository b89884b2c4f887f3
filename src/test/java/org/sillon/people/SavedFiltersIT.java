package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.Problems;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/** Saved filters: each one's own, shared ones seen by all staff, deleted only by their owner or an admin. */
@ExtendWith(ArquillianExtension.class)
class SavedFiltersIT {

    @ArquillianResource
    URL base;

    private Api animator;
    private Api treasurer;

    @BeforeEach
    void setUp() {
        animator = Api.at(base).as(Staff.create(Api.at(base), "ANIMATOR").token());
        treasurer = Api.at(base).as(Staff.create(Api.at(base), "TREASURER").token());
    }

    private static String filter(String list, String name, boolean shared) {
        return Api.json("list", list, "name", name, "shared", shared, "criteria", Json.createObjectBuilder()
                .add("q", "lefevre").add("filters", Json.createObjectBuilder().add("city", "Rennes"))
                .add("sort", "city,desc").build());
    }

    private static List<String> names(Api api, String list) {
        Api.Reply r = api.get("/api/v1/saved-filters?list=" + list);
        assertEquals(200, r.status(), r.body());
        return r.array().stream().map(f -> f.asJsonObject().getString("name")).toList();
    }

    @Test
    void aSavedFilterKeepsItsCriteriaAndItsNameIsUniquePerOwnerAndList() {
        Api.Reply saved = animator.post("/api/v1/saved-filters", filter("PERSONS", "Lefèvre à Rennes", false));
        assertEquals(201, saved.status(), saved.body());
        JsonObject f = saved.json();
        assertEquals("PERSONS", f.getString("list"));
        assertEquals("lefevre", f.getJsonObject("criteria").getString("q"));
        assertEquals("Rennes", f.getJsonObject("criteria").getJsonObject("filters").getString("city"));
        assertEquals("city,desc", f.getJsonObject("criteria").getString("sort"));
        assertEquals(List.of("Lefèvre à Rennes"), names(animator, "PERSONS"));

        Api.Reply again = animator.post("/api/v1/saved-filters", filter("PERSONS", "LEFÈVRE À RENNES", true));
        assertEquals(409, again.status(), again.body());
        assertEquals(201, animator.post("/api/v1/saved-filters", filter("HOUSEHOLDS", "Lefèvre à Rennes", false))
                .status(), "another list may use the name");
        assertEquals(201, treasurer.post("/api/v1/saved-filters", filter("PERSONS", "Lefèvre à Rennes", false))
                .status(), "another owner may use the name");
    }

    @Test
    void privateFiltersStayTheOwnersAndSharedOnesAreSeenByAllStaff() throws java.sql.SQLException {
        long mine = animator.post("/api/v1/saved-filters", filter("ORGANISATIONS", "Privé", false)).id();
        long shared = animator.post("/api/v1/saved-filters", filter("ORGANISATIONS", "Partagé", true)).id();
        List<String> seen = names(treasurer, "ORGANISATIONS");
        assertTrue(seen.contains("Partagé"), seen.toString());
        assertFalse(seen.contains("Privé"), seen.toString());

        assertEquals(403, treasurer.delete("/api/v1/saved-filters/" + shared).status());
        assertEquals(404, treasurer.delete("/api/v1/saved-filters/" + mine).status());
        assertEquals(204, animator.delete("/api/v1/saved-filters/" + mine).status());
        assertEquals(204, Api.at(base).admin().delete("/api/v1/saved-filters/" + shared).status(), "an admin may");
        assertEquals(List.of(), names(animator, "ORGANISATIONS"));
        assertEquals(404, animator.delete("/api/v1/saved-filters/" + shared).status());
        assertEquals(2, TestServices.count("select count(*) from audit_event where subject_type = 'SavedFilter'"
                + " and subject_id in (" + mine + ", " + shared + ") and action = 'DELETED'"), "deletions are audited");
    }

    @Test
    void refusesFiltersThatCouldNotBeApplied() {
        Problems.assertField(animator.post("/api/v1/saved-filters", Api.json("name", "x")), "list");
        Problems.assertField(animator.post("/api/v1/saved-filters", Api.json("list", "PERSONS", "name", " ")), "name");
        Problems.assertField(animator.post("/api/v1/saved-filters", Api.json("list", "PERSONS", "name", "x",
                "criteria", Json.createObjectBuilder().add("sort", "kind").build())), "criteria.sort");
        Problems.assertField(animator.get("/api/v1/saved-filters?list=DOGS"), "list");
    }
}
