package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.FormLogin;
import org.sillon.testing.Problems;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/** Solidarity-basket eligibility: restricted to the animator, the treasurer and administrators. */
@ExtendWith(ArquillianExtension.class)
class SolidarityIT {

    @ArquillianResource
    URL base;

    private Api admin;
    private String tag;
    private long household;
    private String path;

    @BeforeEach
    void setUp() {
        admin = Api.at(base).admin();
        tag = UUID.randomUUID().toString().substring(0, 8);
        long main = admin.post("/api/v1/persons", Api.json("firstName", "Nolwenn", "lastName", "Solidaire" + tag)).id();
        household = admin.post("/api/v1/households", Api.json("mainContactId", main)).id();
        path = "/api/v1/households/" + household + "/solidarity";
    }

    @Test
    void theAnimatorDecidesTheTreasurerReadsTheGardenTeamNeverSees() throws Exception {
        Api animator = Api.at(base).as(Staff.create(admin, "ANIMATOR").token());
        Api treasurer = Api.at(base).as(Staff.create(admin, "TREASURER").token());
        Api garden = Api.at(base).as(Staff.create(admin, "GARDEN").token());
        long ccas = admin.post("/api/v1/organisations", Api.json("name", "CCAS " + tag, "kind", "PUBLIC_BODY")).id();

        Api.Reply never = animator.get(path);
        assertEquals(200, never.status(), never.body());
        assertFalse(never.json().getBoolean("eligible"));
        assertEquals("\"0\"", never.etag());

        String until = LocalDate.now().plusMonths(6).toString();
        Api.Reply decided = animator.header("If-Match", never.etag()).put(path, Api.json("eligible", true,
                "reason", "orientée par le CCAS", "referredByOrganisationId", ccas, "validUntil", until));
        assertEquals(200, decided.status(), decided.body());

        JsonObject read = treasurer.get(path).json();
        assertTrue(read.getBoolean("eligible"));
        assertEquals("CCAS " + tag, read.getString("referredByOrganisationName"));
        assertEquals(until, read.getString("validUntil"));
        assertEquals(403, treasurer.header("If-Match", decided.etag()).put(path, Api.json("eligible", false)).status());
        assertEquals(403, garden.get(path).status());
        assertEquals(403, garden.header("If-Match", decided.etag()).put(path, Api.json("eligible", false)).status());

        assertEquals(412, animator.header("If-Match", never.etag()).put(path, Api.json("eligible", false)).status());
        Problems.assertField(animator.header("If-Match", decided.etag()).put(path, Api.json("eligible", false,
                "validUntil", until)), "validUntil");
        Problems.assertField(animator.header("If-Match", decided.etag()).put(path, Api.json("eligible", true,
                "referredByOrganisationId", 999_999_999L)), "referredByOrganisationId");

        String household = admin.get("/api/v1/households/" + this.household).body();
        assertFalse(household.contains("eligible") || household.contains("orientée") || household.contains("solidarity"),
                household);
        String list = admin.get("/api/v1/households?q=solidaire" + tag).body();
        assertFalse(list.contains("eligible") || list.contains("orientée"), list);
        assertEquals(1, TestServices.count("select count(*) from audit_event where subject_type = 'SolidarityEligibility'"
                + " and subject_id = " + this.household + " and action = 'CREATED' and changes not like '%orientée%'"));
        assertEquals(404, animator.get("/api/v1/households/999999999/solidarity").status());
    }

    @Test
    void theHouseholdPageShowsTheSectionOnlyToThoseWhoMayReadIt() {
        Api.Reply never = admin.get(path);
        assertEquals(200, admin.header("If-Match", never.etag()).put(path,
                Api.json("eligible", true, "reason", "quotient familial bas " + tag)).status());
        URI uri = URI.create(base.toString());
        String page = "/people/household.xhtml?id=" + household;

        Staff.Member gardener = Staff.create(admin, "GARDEN");
        Api.Reply asGarden = Api.at(base).withCookie(FormLogin.session(uri, gardener.username(), Staff.PASSWORD)).get(page);
        assertEquals(200, asGarden.status());
        assertTrue(asGarden.body().contains("Solidaire" + tag), "the gardener sees the household");
        assertFalse(asGarden.body().contains("quotient familial"), "but not its solidarity data");
        assertFalse(asGarden.body().contains("solidarity:"), "nor the section");

        Staff.Member treasurer = Staff.create(admin, "TREASURER");
        Api.Reply asTreasurer = Api.at(base).withCookie(FormLogin.session(uri, treasurer.username(), Staff.PASSWORD))
                .get(page);
        assertTrue(asTreasurer.body().contains("quotient familial bas " + tag), "the treasurer applies the price");
    }
}
