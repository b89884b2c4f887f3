package org.sillon.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.Problems;
import org.sillon.testing.FormLogin;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/** Accounts, logins, API tokens and the welcome email, through the real server, database and SMTP server. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @ArquillianResource
    URL base;

    private Api api;

    @BeforeEach
    void setUp() {
        api = Api.at(base);
    }

    @Test
    void aNewStaffAccountGetsAWelcomeEmailThroughTheOutbox() throws Exception {
        String username = Staff.unique("welcome");
        String email = username + "@example.org";
        Api.Reply created = api.admin().post("/api/v1/accounts", Api.json("username", username,
                "displayName", "Soizic Welcome", "email", email, "language", "FR", "roles", List.of("ANIMATOR"),
                "password", Staff.PASSWORD));
        assertEquals(201, created.status(), created.body());
        assertFalse(created.body().contains("password"), "no hash or password in the answer");

        MimeMessage mail = awaitMail(email);
        assertEquals("Bienvenue dans Sillon, Soizic Welcome", mail.getSubject());
        String text = (String) mail.getContent();
        assertTrue(text.contains("Votre identifiant : " + username), text);
        assertTrue(text.contains("/login.xhtml"), text);

        JsonObject outbox = awaitOutbox(email, "SENT");
        assertEquals(1, outbox.getInt("attempts"));
        String metrics = api.admin().get("/metrics?scope=application").body();
        assertTrue(metrics.contains("outbox_sent"), metrics);
    }

    @Test
    void mailToADownSmtpServerIsRetriedUntilItGoesThrough() throws Exception {
        String username = Staff.unique("outage");
        String email = username + "@example.org";
        TestServices.stopMail();
        try {
            assertEquals(201, api.admin().post("/api/v1/accounts", Api.json("username", username,
                    "displayName", "Panne SMTP", "email", email, "roles", List.of("GARDEN"),
                    "password", Staff.PASSWORD)).status());
            JsonObject deferred = awaitOutbox(email, "RETRYING");
            assertTrue(deferred.getString("lastError").contains("Exception"), deferred.toString());
            assertFalse(deferred.isNull("nextAttemptAt"));
        } finally {
            TestServices.restartMail();
        }
        JsonObject sent = awaitOutbox(email, "SENT");
        assertTrue(sent.getInt("attempts") >= 2, sent.toString());
        assertEquals("Bienvenue dans Sillon, Panne SMTP", awaitMail(email).getSubject());
    }

    @Test
    void aPasswordResetEndsTheSessionsOpenedWithTheOldPassword() {
        Staff.Member member = Staff.create(api, "ANIMATOR");
        URI uri = URI.create(base.toString());
        String session = FormLogin.session(uri, member.username(), Staff.PASSWORD);
        assertEquals(200, api.withCookie(session).get("/api/v1/me").status());
        assertEquals(204, api.admin().put("/api/v1/accounts/" + member.id() + "/password",
                Api.json("password", "a reset passphrase 2026")).status());
        assertEquals(401, api.withCookie(session).get("/api/v1/me").status());
        assertEquals(200, api.as(member.token()).get("/api/v1/me").status(), "tokens are revoked on their own");
    }

    @Test
    void changingOnesOwnPasswordKeepsOnesOwnSessionAndIsThrottledByAddress() throws InterruptedException {
        Staff.Member member = Staff.create(api, "GARDEN");
        String session = FormLogin.session(URI.create(base.toString()), member.username(), Staff.PASSWORD);
        // a script using a session rather than a token proves it is not another site's form
        assertEquals(204, api.withCookie(session).header("X-Requested-With", "XMLHttpRequest").put("/api/v1/me/password",
                Api.json("currentPassword", Staff.PASSWORD, "newPassword", "my second passphrase")).status());
        assertEquals(200, api.withCookie(session).get("/api/v1/me").status());

        // wrong guesses from one address: five are free, then the address waits 1 s, 2 s, 4 s...
        Api guesser = api.withCookie(session).header("X-Requested-With", "XMLHttpRequest")
                .from(LoginThrottleIT.uniqueAddress());
        long waitSeconds = 0;
        for (int guess = 0; waitSeconds < 4; guess++) {
            Api.Reply r = guesser.put("/api/v1/me/password",
                    Api.json("currentPassword", "guess " + guess, "newPassword", "whatever passphrase"));
            if (guess < 5) {
                Problems.assertField(r, "currentPassword");
                continue;
            }
            assertEquals(429, r.status(), r.body());
            waitSeconds = Long.parseLong(r.header("Retry-After"));
            if (waitSeconds < 4) {
                Thread.sleep(waitSeconds * 1000);
            }
        }
        Api.Reply waiting = guesser.put("/api/v1/me/password",
                Api.json("currentPassword", "my second passphrase", "newPassword", "a third passphrase"));
        assertEquals(429, waiting.status(), "the right password waits too: " + waiting.body());
        assertEquals("currentPassword", waiting.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(waiting.body().contains("too many failed attempts from this address"), waiting.body());

        // the same person elsewhere is not held up
        assertEquals(204, api.withCookie(session).header("X-Requested-With", "XMLHttpRequest")
                .from(LoginThrottleIT.uniqueAddress()).put("/api/v1/me/password",
                        Api.json("currentPassword", "my second passphrase", "newPassword", "a third passphrase"))
                .status());
    }

    @Test
    void refusedAccountsNameTheirField() {
        Staff.Member existing = Staff.create(api, "GARDEN");
        Api.Reply taken = api.admin().post("/api/v1/accounts", Api.json("username", existing.username(),
                "displayName", "x", "roles", List.of("GARDEN"), "password", Staff.PASSWORD));
        assertEquals(409, taken.status(), taken.body());
        Problems.assertField(api.admin().post("/api/v1/accounts", Api.json("username", Staff.unique("weak"),
                "displayName", "x", "roles", List.of("GARDEN"), "password", "short")), "password");
        Problems.assertField(api.admin().post("/api/v1/accounts", Api.json("username", Staff.unique("noroles"),
                "displayName", "x", "roles", List.of(), "password", Staff.PASSWORD)), "roles");
        Problems.assertField(api.admin().post("/api/v1/accounts", Api.json("username", "A B",
                "displayName", "x", "roles", List.of("GARDEN"), "password", Staff.PASSWORD)), "username");
        Problems.assertField(api.admin().post("/api/v1/accounts", Api.json("username", Staff.unique("role"),
                "displayName", "x", "roles", List.of("KING"), "password", Staff.PASSWORD)), "roles");
        Problems.assertField(api.admin().post("/api/v1/accounts", "{\"username\":\"" + Staff.unique("nul")
                + "\",\"displayName\":\"x\",\"roles\":[null],\"password\":\"" + Staff.PASSWORD + "\"}"), "roles");
    }

    @Test
    void anApiTokenActsAsItsAccountUntilRevoked() {
        Staff.Member treasurer = Staff.create(api, "TREASURER");
        JsonObject me = api.as(treasurer.token()).get("/api/v1/me").json();
        assertEquals(treasurer.username(), me.getString("username"));
        assertEquals("TREASURER", me.getJsonArray("roles").getString(0));
        assertEquals(403, api.as(treasurer.token()).get("/api/v1/accounts").status());

        Api.Reply list = api.admin().get("/api/v1/api-tokens");
        assertEquals(200, list.status());
        assertFalse(list.body().contains(treasurer.token()), "secrets are never listed");
        long id = list.array().stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("username").equals(treasurer.username()))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        assertEquals(204, api.admin().delete("/api/v1/api-tokens/" + id).status());
        Api.Reply refused = api.as(treasurer.token()).get("/api/v1/me");
        assertEquals(401, refused.status());
        assertEquals("application/problem+json", refused.header("Content-Type"));
    }

    @Test
    void rolesChangedByAnAdministratorBiteOnTheNextCallOfATokenAndOfASession() {
        Staff.Member member = Staff.create(api, "TREASURER");
        String session = FormLogin.session(URI.create(base.toString()), member.username(), Staff.PASSWORD);
        assertEquals(403, api.as(member.token()).get("/api/v1/accounts").status());
        assertEquals(403, api.withCookie(session).get("/api/v1/accounts").status());

        Api.Reply account = api.admin().get("/api/v1/accounts/" + member.id());
        assertEquals(200, api.admin().header("If-Match", account.etag()).put("/api/v1/accounts/" + member.id(),
                Api.json("displayName", "Test ADMIN", "roles", List.of("ADMIN"), "enabled", true)).status());

        assertEquals(200, api.as(member.token()).get("/api/v1/accounts").status());
        assertEquals(200, api.withCookie(session).get("/api/v1/accounts").status());
        JsonObject me = api.as(member.token()).get("/api/v1/me").json();
        assertEquals("ADMIN", me.getJsonArray("roles").getString(0));
        assertEquals("Test ADMIN", me.getString("displayName"));
    }

    @Test
    void disablingAnAccountStopsItsTokensAndSessions() {
        Staff.Member garden = Staff.create(api, "GARDEN");
        String session = FormLogin.session(URI.create(base.toString()), garden.username(), Staff.PASSWORD);
        assertEquals(200, api.withCookie(session).get("/api/v1/me").status());

        Api.Reply account = api.admin().get("/api/v1/accounts/" + garden.id());
        Api.Reply disabled = api.admin().header("If-Match", account.etag()).put("/api/v1/accounts/" + garden.id(),
                Api.json("displayName", "Test GARDEN", "roles", List.of("GARDEN"), "enabled", false));
        assertEquals(200, disabled.status(), disabled.body());

        assertEquals(401, api.as(garden.token()).get("/api/v1/me").status());
        assertEquals(401, api.withCookie(session).get("/api/v1/me").status());
        // a refused login counts against its address: one of its own, so that 127.0.0.1 never has to wait
        assertFalse(FormLogin.login(URI.create(base.toString()), garden.username(), Staff.PASSWORD,
                LoginThrottleIT.uniqueAddress()).succeeded());
    }

    @Test
    void theLoginFormOpensASessionThatTheApiAccepts() {
        Staff.Member animator = Staff.create(api, "ANIMATOR");
        FormLogin.Result wrong = FormLogin.login(URI.create(base.toString()), animator.username(), "not the password",
                LoginThrottleIT.uniqueAddress());
        assertFalse(wrong.succeeded());
        assertTrue(wrong.body().contains("Identifiant ou mot de passe incorrect"), wrong.body());

        FormLogin.Result ok = FormLogin.login(URI.create(base.toString()), animator.username(), Staff.PASSWORD);
        assertTrue(ok.succeeded(), ok.toString());
        assertNotNull(ok.cookie());
        Api.Reply me = api.withCookie(ok.cookie()).get("/api/v1/me");
        assertEquals(200, me.status(), me.body());
        assertEquals(animator.username(), me.json().getString("username"));
        assertEquals(200, api.withCookie(ok.cookie()).get("/api/v1/persons").status());
        assertEquals(403, api.withCookie(ok.cookie()).get("/api/v1/accounts").status());
    }

    @Test
    void repeatedFailedLoginsMakeTheirAddressWaitNotTheAccount() {
        Staff.Member victim = Staff.create(api, "GARDEN");
        URI uri = URI.create(base.toString());
        String attacker = LoginThrottleIT.uniqueAddress();
        for (int i = 0; i < 5; i++) {
            FormLogin.Result r = FormLogin.login(uri, victim.username(), "guess number " + i, attacker);
            assertTrue(r.body().contains("Identifiant ou mot de passe incorrect"), r.body());
        }
        FormLogin.Result throttled = FormLogin.login(uri, victim.username(), "guess number 5", attacker);
        assertFalse(throttled.succeeded());
        assertTrue(throttled.body().contains("Trop de tentatives depuis cette adresse ou ce réseau : réessayez dans"),
                throttled.body());
        // the account is not locked: its owner, elsewhere, logs in with the right password
        String elsewhere = LoginThrottleIT.uniqueAddress();
        assertTrue(FormLogin.login(uri, victim.username(), Staff.PASSWORD, elsewhere).succeeded());
        // the API token is not a password and keeps working
        assertEquals(200, api.as(victim.token()).get("/api/v1/me").status());
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOne() {
        Staff.Member member = Staff.create(api, "ANIMATOR");
        Problems.assertField(api.as(member.token()).from(LoginThrottleIT.uniqueAddress()).put("/api/v1/me/password",
                Api.json("currentPassword", "wrong", "newPassword", "a brand new passphrase")), "currentPassword");
        Problems.assertField(api.as(member.token()).put("/api/v1/me/password",
                Api.json("newPassword", "a brand new passphrase")), "currentPassword"); // no guess: not counted
        assertEquals(204, api.as(member.token()).put("/api/v1/me/password",
                Api.json("currentPassword", Staff.PASSWORD, "newPassword", "a brand new passphrase")).status());
        assertTrue(FormLogin.login(URI.create(base.toString()), member.username(), "a brand new passphrase").succeeded());
    }

    static MimeMessage awaitMail(String recipient) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<MimeMessage> found = Arrays.stream(TestServices.mail().getReceivedMessages())
                    .filter(m -> {
                        try {
                            return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(recipient));
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    }).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail reached " + recipient);
    }

    private JsonObject awaitOutbox(String recipient, String status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        JsonObject last = null;
        while (System.currentTimeMillis() < deadline) {
            Api.Reply r = api.admin().get("/api/v1/outbox?recipient=" + recipient);
            assertEquals(200, r.status(), r.body());
            var items = r.json().getJsonArray("items");
            if (!items.isEmpty()) {
                last = items.getJsonObject(0);
                if (status.equals(last.getString("status"))) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Outbox message to " + recipient + " never reached " + status + ": " + last);
    }
}
