package org.sillon.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.sql.SQLException;
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

/**
 * An account that belongs to a person of the registry: linked by an administrator, seen by its owner as who
 * they are and which household they are in, and following the person through a merge, an erasure and a
 * refused deletion.
 */
@ExtendWith(ArquillianExtension.class)
class AccountPersonIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");
    }

    private long person(String first) {
        Api.Reply r = api.post("/api/v1/persons", Api.json("firstName", first, "lastName", "Compte" + tag));
        assertEquals(201, r.status(), r.body());
        return r.id();
    }

    private long household(long mainContact) {
        Api.Reply r = api.post("/api/v1/households", Api.json("name", "Foyer Compte " + tag + mainContact,
                "mainContactId", mainContact));
        assertEquals(201, r.status(), r.body());
        return r.id();
    }

    private Api.Reply link(long accountId, long personId) {
        return api.put("/api/v1/accounts/" + accountId + "/person", Api.json("personId", personId));
    }

    private JsonObject account(long id) {
        return api.get("/api/v1/accounts/" + id).json();
    }

    private String etag(long personId) {
        return api.get("/api/v1/persons/" + personId).etag();
    }

    private long version(long personId) {
        return api.get("/api/v1/persons/" + personId).json().getJsonNumber("version").longValue();
    }

    @Test
    void anAdherentsAccountSaysWhoTheyAreAndWhichHouseholdTheyAreIn() {
        long anne = person("Anne");
        long foyer = household(anne);
        Staff.Member adherent = Staff.create(Api.at(base), "ADHERENT");

        Api.Reply linked = link(adherent.id(), anne);
        assertEquals(200, linked.status(), linked.body());
        assertEquals(anne, linked.json().getJsonNumber("personId").longValue());
        assertEquals("Anne Compte" + tag, linked.json().getString("personName"));
        assertEquals(foyer, linked.json().getJsonNumber("householdId").longValue());
        assertEquals(linked.etag(), api.get("/api/v1/accounts/" + adherent.id()).etag(), "the answer is as stored");

        JsonObject me = Api.at(base).as(adherent.token()).get("/api/v1/me").json();
        assertEquals(adherent.username(), me.getString("username"));
        assertEquals(1, me.getJsonArray("roles").size());
        assertEquals("ADHERENT", me.getJsonArray("roles").getString(0));
        assertEquals(anne, me.getJsonNumber("personId").longValue());
        assertEquals(foyer, me.getJsonNumber("householdId").longValue());
        String session = FormLogin.session(URI.create(base.toString()), adherent.username(), Staff.PASSWORD);
        assertEquals(foyer, Api.at(base).withCookie(session).get("/api/v1/me").json()
                .getJsonNumber("householdId").longValue(), "a login by the form is the same caller");

        JsonObject listed = api.get("/api/v1/accounts").array().stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("username").equals(adherent.username())).findFirst().orElseThrow();
        assertEquals("Anne Compte" + tag, listed.getString("personName"));
        JsonObject export = api.get("/api/v1/personal-data/" + anne).json();
        assertEquals(adherent.username(), export.getJsonArray("account").getJsonObject(0).getString("username"),
                "the login is part of what is held about the person");

        Api.Reply unlinked = api.delete("/api/v1/accounts/" + adherent.id() + "/person");
        assertEquals(200, unlinked.status(), unlinked.body());
        assertTrue(unlinked.json().isNull("personId"));
        JsonObject nobody = Api.at(base).as(adherent.token()).get("/api/v1/me").json();
        assertTrue(nobody.isNull("personId") && nobody.isNull("householdId"), nobody.toString());
    }

    @Test
    void aPersonHasOneAccountAtMostAndLinksNeedAnExistingLivePerson() {
        long yann = person("Yann");
        Staff.Member first = Staff.create(Api.at(base), "ADHERENT");
        Staff.Member second = Staff.create(Api.at(base), "GARDEN");
        assertEquals(200, link(first.id(), yann).status());
        assertEquals(200, link(first.id(), yann).status(), "linking it again changes nothing");

        Api.Reply taken = link(second.id(), yann);
        assertEquals(409, taken.status(), taken.body());
        JsonObject error = taken.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("personId", error.getString("field"));
        assertEquals("Yann Compte" + tag + " already has the account " + first.username() + "; unlink it first",
                error.getString("message"));
        assertTrue(account(second.id()).isNull("personId"));

        Problems.assertField(link(second.id(), 999_999_999L), "personId");
        Problems.assertField(api.put("/api/v1/accounts/" + second.id() + "/person", "{}"), "personId");
        assertEquals(404, link(999_999_999L, yann).status());
    }

    @Test
    void onlyAnAdministratorLinksAnAccount() {
        long gwen = person("Gwen");
        Staff.Member adherent = Staff.create(Api.at(base), "ADHERENT");
        Staff.Member animator = Staff.create(Api.at(base), "ANIMATOR");
        String body = Api.json("personId", gwen);
        assertEquals(403, Api.at(base).as(animator.token()).put("/api/v1/accounts/" + adherent.id() + "/person", body)
                .status());
        assertEquals(403, Api.at(base).as(adherent.token()).put("/api/v1/accounts/" + adherent.id() + "/person", body)
                .status(), "not even one's own");
        assertEquals(403, Api.at(base).as(animator.token()).delete("/api/v1/accounts/" + adherent.id() + "/person")
                .status());
        assertEquals(401, Api.at(base).put("/api/v1/accounts/" + adherent.id() + "/person", body).status());
        assertTrue(account(adherent.id()).isNull("personId"));
    }

    @Test
    void aMergeMovesTheAccountToTheSurvivorUnlessBothHaveOne() throws SQLException {
        long survivor = person("Soizic");
        long foyer = household(survivor);
        long merged = person("Soizig");
        Staff.Member adherent = Staff.create(Api.at(base), "ADHERENT");
        assertEquals(200, link(adherent.id(), merged).status());

        Api.Reply done = api.post("/api/v1/merges", Api.json("survivorId", survivor, "survivorVersion",
                version(survivor), "mergedId", merged, "mergedVersion", version(merged)));
        assertEquals(200, done.status(), done.body());
        assertEquals(survivor, account(adherent.id()).getJsonNumber("personId").longValue());
        assertEquals(foyer, Api.at(base).as(adherent.token()).get("/api/v1/me").json()
                .getJsonNumber("householdId").longValue(), "the survivor's household is the account's now");

        long other = person("Soizick");
        Staff.Member second = Staff.create(Api.at(base), "ADHERENT");
        assertEquals(200, link(second.id(), other).status());
        Api.Reply refused = api.post("/api/v1/merges", Api.json("survivorId", survivor, "survivorVersion",
                version(survivor), "mergedId", other, "mergedVersion", version(other)));
        assertEquals(409, refused.status(), refused.body());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("mergedId", error.getString("field"));
        assertEquals("both persons have an account (" + adherent.username() + " and " + second.username()
                + "); unlink one of them first, then merge", error.getString("message"));
        assertEquals(1, TestServices.count("select count(*) from person where id = " + other), "nothing merged");
        assertEquals(other, account(second.id()).getJsonNumber("personId").longValue());
    }

    @Test
    void anErasedPersonKeepsNoLogin() throws SQLException {
        long erin = person("Erin");
        Staff.Member adherent = Staff.create(Api.at(base), "ADHERENT");
        assertEquals(200, link(adherent.id(), erin).status());
        assertEquals(200, Api.at(base).as(adherent.token()).get("/api/v1/me").status());

        Api.Reply erased = api.header("If-Match", etag(erin)).post("/api/v1/personal-data/" + erin + "/erasure",
                Api.json("reason", "asked by letter"));
        assertEquals(200, erased.status(), erased.body());

        JsonObject account = account(adherent.id());
        assertTrue(account.isNull("personId"), account.toString());
        assertFalse(account.getBoolean("enabled"));
        assertEquals(401, Api.at(base).as(adherent.token()).get("/api/v1/me").status());
        assertEquals(0, TestServices.count("select count(*) from api_token t join account a on a.id = t.account_id"
                + " where a.username = '" + adherent.username() + "' and t.revoked_at is null"), "its tokens are revoked");
        Api.Reply relink = link(adherent.id(), erin);
        assertEquals(409, relink.status(), relink.body());
    }

    @Test
    void aLinkedPersonIsNotDeletedUntilTheAccountIsUnlinked() throws SQLException {
        long dewi = person("Dewi");
        Staff.Member adherent = Staff.create(Api.at(base), "ADHERENT");
        assertEquals(200, link(adherent.id(), dewi).status());

        Api.Reply refused = api.delete("/api/v1/persons/" + dewi);
        assertEquals(409, refused.status(), refused.body());
        JsonObject problem = refused.json();
        assertTrue(problem.getString("type").endsWith("/deletion-refused"), problem.toString());
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("id", error.getString("field"));
        assertEquals("the account " + adherent.username() + " belongs to this person; unlink it from the person first",
                error.getString("message"));
        assertEquals(dewi, account(adherent.id()).getJsonNumber("personId").longValue());

        assertEquals(200, api.delete("/api/v1/accounts/" + adherent.id() + "/person").status());
        assertEquals(204, api.delete("/api/v1/persons/" + dewi).status());
        assertEquals(0, TestServices.count("select count(*) from person where id = " + dewi));
        assertTrue(account(adherent.id()).getBoolean("enabled"), "the login itself stays");
    }
}
