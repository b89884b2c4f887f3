package org.sillon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;

@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @ArquillianResource
    URL base;

    @Test
    void healthReportsTheDatabaseAndItsSchemaVersion() {
        Api.Reply health = Api.at(base).get("/health");
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());
        assertTrue(health.body().contains("\"UP\""), health.body());
    }

    @Test
    void openApiDocumentsTheApi() {
        Api.Reply doc = Api.at(base).get("/openapi");
        assertEquals(200, doc.status());
        assertTrue(doc.body().contains("/api/v1/accounts"), doc.body());
    }

    @Test
    void theVersionIsTheProjectsForAnyCallerLoggedIn() {
        Api.Reply version = Api.at(base).admin().get("/api/v1/version");
        assertEquals(200, version.status(), version.body());
        assertEquals("Sillon", version.json().getString("application"));
        assertTrue(version.json().getString("version").matches("\\d+\\.\\d+\\.\\d+.*"), version.body());
        assertEquals(401, Api.at(base).get("/api/v1/version").status());
    }

    @Test
    void anUnknownEndpointIsAProblemDocument() {
        Api.Reply r = Api.at(base).admin().get("/api/v1/nowhere");
        assertEquals(404, r.status());
        assertEquals("application/problem+json", r.header("Content-Type"));
    }

    @Test
    void theAdminTokenWorksAndABadTokenIsRefused() {
        Api.Reply me = Api.at(base).admin().get("/api/v1/me");
        assertEquals(200, me.status(), me.body());
        assertEquals("admin", me.json().getString("username"));
        Api.Reply bad = Api.at(base).as("sil_thisTokenDoesNotExist0000000000000000").get("/api/v1/me");
        assertEquals(401, bad.status());
        Api.Reply none = Api.at(base).get("/api/v1/me");
        assertEquals(401, none.status());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindHttps() {
        String plain = Api.at(base).get("/login.xhtml").header("Set-Cookie");
        assertTrue(plain.startsWith("JSESSIONID="), plain);
        assertTrue(plain.contains("HttpOnly"), plain);
        assertTrue(plain.toLowerCase().contains("samesite=lax"), plain);
        assertTrue(!plain.contains("Secure"), plain);
        String proxied = Api.at(base).header("X-Forwarded-Proto", "https").get("/login.xhtml").header("Set-Cookie");
        assertTrue(proxied.contains("Secure"), proxied);
    }

    @Test
    void metricsAreServedToAnAdministrator() {
        Api.Reply metrics = Api.at(base).admin().get("/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("base_") || metrics.body().contains("jvm_"), metrics.body());
    }
}
