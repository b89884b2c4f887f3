package org.sillon.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.accounts.control.CallerChangeListener;
import org.sillon.testing.Api;
import org.sillon.testing.FormLogin;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/**
 * A server remembers the callers it authenticated, and forgets them when an account, its roles or its tokens change:
 * at once when the change is made on this server, as soon as the database tells of it when another server or a
 * script made it. A change written without triggers (a replica's session) tells nobody: the tests use one to see
 * whether a caller was remembered.
 */
@ExtendWith(ArquillianExtension.class)
class RememberedCallersIT {

    @ArquillianResource
    URL base;

    private Api api;

    @BeforeEach
    void setUp() {
        api = Api.at(base);
    }

    private int version(Api as) {
        return as.get("/api/v1/version").status();
    }

    /** A change as another server or a script makes it: the database tells every server at its commit. */
    private static void sql(String statement) throws SQLException {
        try (Connection c = TestServices.jdbc(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    /** A change that fires no trigger, hence tells no server. */
    private static void sqlUntold(String statement) throws SQLException {
        try (Connection c = TestServices.jdbc(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.executeUpdate(statement);
        }
    }

    /** The notification reaches the server a moment after the commit. */
    private static void awaitStatus(int expected, IntSupplier status) throws InterruptedException {
        int last = status.getAsInt();
        for (int i = 0; i < 100 && last != expected; i++) {
            Thread.sleep(20);
            last = status.getAsInt();
        }
        assertEquals(expected, last);
    }

    @Test
    void aTokensCallerIsRememberedUntilTheDatabaseTellsOfAChangeToItsAccount() throws Exception {
        Staff.Member member = Staff.create(api, "GARDEN");
        Api token = api.as(member.token());
        assertEquals(200, version(token));

        sqlUntold("update account set enabled = false where id = " + member.id());
        assertEquals(200, version(token), "remembered: nothing told this server of the change");

        sql("update account set display_name = 'Plus là' where id = " + member.id());
        awaitStatus(401, () -> version(token));
    }

    @Test
    void aSessionsCallerIsRememberedUntilTheDatabaseTellsOfAChangeToItsRoles() throws Exception {
        Staff.Member member = Staff.create(api, "TREASURER");
        Api session = api.withCookie(FormLogin.session(URI.create(base.toString()), member.username(),
                Staff.PASSWORD));
        assertEquals(200, session.get("/api/v1/me").status());

        sqlUntold("update account set enabled = false where id = " + member.id());
        assertEquals(200, version(session), "remembered: nothing told this server of the change");

        sql("insert into account_role (account_id, role, association_id) select id, 'GARDEN', association_id"
                + " from account where id = " + member.id());
        awaitStatus(401, () -> version(session));
    }

    @Test
    void changesMadeOnThisServerBiteOnTheNextCallWithoutWaitingForTheDatabase() throws Exception {
        Staff.Member member = Staff.create(api, "TREASURER");
        Api token = api.as(member.token());
        assertEquals(403, token.get("/api/v1/accounts").status());
        assertEquals(403, token.get("/api/v1/accounts").status());
        List<String> tables = List.of("account", "account_role", "api_token");
        try {
            for (String table : tables) {
                sql("alter table " + table + " disable trigger user");
            }
            // only the roles change
            Api.Reply account = api.admin().get("/api/v1/accounts/" + member.id());
            assertEquals(200, api.admin().header("If-Match", account.etag()).put("/api/v1/accounts/" + member.id(),
                    Api.json("roles", List.of("ADMIN"))).status());
            assertEquals(200, token.get("/api/v1/accounts").status());

            long tokenId = api.admin().get("/api/v1/api-tokens").array().stream().map(v -> v.asJsonObject())
                    .filter(t -> t.getString("username").equals(member.username()))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            assertEquals(204, api.admin().delete("/api/v1/api-tokens/" + tokenId).status());
            assertEquals(401, version(token));
        } finally {
            for (String table : tables) {
                sql("alter table " + table + " enable trigger user");
            }
        }
    }

    @Test
    void anAdherentsCallerIsReadAtEveryRequest() throws Exception {
        Staff.Member adherent = Staff.create(api, "ADHERENT");
        String tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "r");
        Api.Reply person = api.admin().post("/api/v1/persons", Api.json("firstName", "Adèle",
                "lastName", "Mémoire" + tag));
        assertEquals(201, person.status(), person.body());
        assertEquals(200, api.admin().put("/api/v1/accounts/" + adherent.id() + "/person",
                Api.json("personId", person.id())).status());
        Api token = api.as(adherent.token());
        assertEquals(200, token.get("/api/v1/me").status());

        // the registry may move the person to another household without the accounts knowing
        sqlUntold("update account set enabled = false where id = " + adherent.id());
        assertEquals(401, token.get("/api/v1/me").status());
    }

    @Test
    void afterLosingItsConnectionTheServerListensAgainAndRemembersAgain() throws Exception {
        Staff.Member member = Staff.create(api, "GARDEN");
        Api token = api.as(member.token());
        String listener = "from pg_stat_activity where application_name = '"
                + CallerChangeListener.APPLICATION_NAME + "'";
        long before = TestServices.count("select min(pid) " + listener);
        assertEquals(1, TestServices.count("select count(pg_terminate_backend(pid)) " + listener));
        long listening = 0;
        for (int i = 0; i < 100 && listening == 0; i++) {
            Thread.sleep(100);
            listening = TestServices.count("select count(*) " + listener + " and pid <> " + before);
        }
        assertEquals(1, listening, "listening again within ten seconds");

        assertEquals(200, version(token));
        sqlUntold("update account set enabled = false where id = " + member.id());
        assertEquals(200, version(token), "remembered again");
        sql("update account set display_name = 'Plus là' where id = " + member.id());
        awaitStatus(401, () -> version(token));
    }
}
