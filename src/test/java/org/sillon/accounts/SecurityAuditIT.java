package org.sillon.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.FormLogin;
import org.sillon.testing.Staff;

/**
 * Security events in the audit trail, read back through {@code GET /api/v1/audit}: accounts opened, their
 * roles changed, passwords reset, API tokens created and revoked, each with the administrator who did it and
 * never a secret; and every change made with a token names the token.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityAuditIT {

    /** The bootstrap administrator's token in the test environment is named so (see Bootstrap). */
    private static final String ADMIN_TOKEN_NAME = "bootstrap";

    @ArquillianResource
    URL base;

    private Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.at(base).admin();
    }

    private JsonArray lines(String subjectType, long subjectId) {
        Api.Reply r = admin.get("/api/v1/audit?subjectType=" + subjectType + "&subjectId=" + subjectId);
        assertEquals(200, r.status(), r.body());
        assertFalse(r.body().contains(Staff.PASSWORD), "no password in the trail: " + r.body());
        assertFalse(r.body().toUpperCase().contains("PBKDF2"), "no hash in the trail: " + r.body());
        return r.json().getJsonArray("items");
    }

    /** The newest line about a record. */
    private JsonObject latest(String subjectType, long subjectId) {
        return lines(subjectType, subjectId).getJsonObject(0);
    }

    private static String to(JsonObject line, String field) {
        JsonObject change = line.getJsonObject("changes").getJsonObject(field);
        return change.isNull("to") ? null : change.getString("to");
    }

    private long tokenId(String username, String name) {
        return admin.get("/api/v1/api-tokens").array().stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("username").equals(username) && t.getString("name").equals(name))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private void assertMadeWithTheAdminToken(JsonObject line) {
        assertEquals("admin", line.getString("actor"), line.toString());
        assertEquals(tokenId("admin", ADMIN_TOKEN_NAME), line.getJsonObject("token").getJsonNumber("id").longValue());
        assertEquals(ADMIN_TOKEN_NAME, line.getJsonObject("token").getString("name"));
    }

    @Test
    void accountsAndTokensLeaveLinesNamingTheAdminWithoutSecrets() {
        String username = Staff.unique("audited");
        Api.Reply created = admin.post("/api/v1/accounts", Api.json("username", username, "displayName", "Gwen Audit",
                "email", username + "@example.org", "language", "EN", "roles", List.of("GARDEN"),
                "password", Staff.PASSWORD));
        assertEquals(201, created.status(), created.body());
        long id = created.id();

        JsonObject opened = latest("Account", id);
        assertEquals("CREATED", opened.getString("action"));
        assertMadeWithTheAdminToken(opened);
        assertEquals(username, to(opened, "username"));
        assertEquals("Gwen Audit", to(opened, "displayName"));
        assertEquals(username + "@example.org", to(opened, "email"));
        assertEquals("EN", to(opened, "language"));
        assertEquals("GARDEN", to(opened, "roles"));
        assertEquals("true", to(opened, "enabled"));
        assertEquals(Set.of("username", "displayName", "email", "language", "roles", "enabled"),
                opened.getJsonObject("changes").keySet());

        Api.Reply account = admin.get("/api/v1/accounts/" + id);
        Api.Reply changed = admin.header("If-Match", account.etag()).put("/api/v1/accounts/" + id,
                Api.json("roles", List.of("GARDEN", "ANIMATOR"), "enabled", false));
        assertEquals(200, changed.status(), changed.body());
        JsonObject roles = latest("Account", id);
        assertEquals("UPDATED", roles.getString("action"));
        assertMadeWithTheAdminToken(roles);
        assertEquals(Set.of("roles", "enabled"), roles.getJsonObject("changes").keySet());
        assertEquals("GARDEN", roles.getJsonObject("changes").getJsonObject("roles").getString("from"));
        assertEquals("ANIMATOR, GARDEN", to(roles, "roles"));
        assertEquals("true", roles.getJsonObject("changes").getJsonObject("enabled").getString("from"));
        assertEquals("false", to(roles, "enabled"));

        String reset = "a reset passphrase for the audit";
        assertEquals(204, admin.put("/api/v1/accounts/" + id + "/password", Api.json("password", reset)).status());
        JsonObject passwordReset = latest("Account", id);
        assertEquals("PASSWORD_RESET", passwordReset.getString("action"));
        assertMadeWithTheAdminToken(passwordReset);
        assertTrue(passwordReset.getJsonObject("changes").isEmpty(), passwordReset.toString());
        assertFalse(lines("Account", id).toString().contains(reset));
        assertEquals(3, lines("Account", id).size());

        Api.Reply token = admin.post("/api/v1/api-tokens", Api.json("username", username, "name", "Script de synchro",
                "expiresAt", "2099-01-01T00:00:00Z"));
        assertEquals(201, token.status(), token.body());
        long tokenId = token.id();
        String secret = token.json().getString("token");
        JsonObject issued = latest("ApiToken", tokenId);
        assertEquals("CREATED", issued.getString("action"));
        assertMadeWithTheAdminToken(issued);
        assertEquals("Script de synchro", to(issued, "name"));
        assertEquals(username, to(issued, "account"), "the account the token acts for");
        assertEquals(token.json().getString("prefix"), to(issued, "prefix"));
        assertEquals("2099-01-01T00:00:00Z", to(issued, "expiresAt"));
        assertFalse(lines("ApiToken", tokenId).toString().contains(secret), "never the secret");

        assertEquals(204, admin.delete("/api/v1/api-tokens/" + tokenId).status());
        assertEquals(204, admin.delete("/api/v1/api-tokens/" + tokenId).status());
        JsonObject revoked = latest("ApiToken", tokenId);
        assertEquals("REVOKED", revoked.getString("action"));
        assertMadeWithTheAdminToken(revoked);
        assertEquals(2, lines("ApiToken", tokenId).size(), "revoking a revoked token changes nothing");
    }

    @Test
    void aNoteWrittenWithATokenNamesTheTokenWhoseCreatorIsOnRecord() {
        Staff.Member animator = Staff.create(Api.at(base), "ANIMATOR"); // its token "test" is made by the admin
        long tokenId = tokenId(animator.username(), "test");
        Api.Reply person = admin.post("/api/v1/persons", Api.json("firstName", "Nolwenn", "lastName", Staff.unique("Audit")));
        assertEquals(201, person.status(), person.body());
        String notes = "/api/v1/persons/" + person.id() + "/notes";

        Api.Reply withToken = Api.at(base).as(animator.token()).post(notes, Api.json("text", "Appelée pour son panier"));
        assertEquals(201, withToken.status(), withToken.body());
        JsonObject line = latest("PersonNote", withToken.id());
        assertEquals("CREATED", line.getString("action"));
        assertEquals(animator.username(), line.getString("actor"), "a token acts as its account");
        assertEquals(tokenId, line.getJsonObject("token").getJsonNumber("id").longValue());
        assertEquals("test", line.getJsonObject("token").getString("name"));

        // and who gave that account this token is on record
        JsonObject issued = lines("ApiToken", tokenId).getJsonObject(lines("ApiToken", tokenId).size() - 1);
        assertEquals("CREATED", issued.getString("action"));
        assertEquals("admin", issued.getString("actor"));
        assertEquals(animator.username(), to(issued, "account"));

        String session = FormLogin.session(URI.create(base.toString()), animator.username(), Staff.PASSWORD);
        Api.Reply inSession = Api.at(base).withCookie(session).header("X-Requested-With", "XMLHttpRequest")
                .post(notes, Api.json("text", "Rappelée"));
        assertEquals(201, inSession.status(), inSession.body());
        JsonObject sessionLine = latest("PersonNote", inSession.id());
        assertEquals(animator.username(), sessionLine.getString("actor"));
        assertTrue(sessionLine.isNull("token"), "a session names no token: " + sessionLine);
    }
}
