package org.sillon.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.FormLogin;
import org.sillon.testing.Problems;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/**
 * What a hostile client with a staff account tried, through the real server: oversized and malformed bodies,
 * wrong types, NUL characters, cross-site posts riding on a session cookie. Each is refused with a clear 4xx
 * and changes nothing; afterwards the server answers normally and its health says so.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL base;

    private Api.Reply postPerson(byte[] body, String contentType) {
        return Api.at(base).admin().sendBytes("POST", "/api/v1/persons", body, contentType);
    }

    private Api.Reply postPerson(String json) {
        return postPerson(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    @Test
    @Order(1)
    void aTwentyMegabyteBodyIsRefusedWith413BeforeItIsRead() throws Exception {
        long persons = TestServices.count("select count(*) from person");
        byte[] tags = ("{\"firstName\":\"Flood\",\"lastName\":\"Tags\",\"tags\":[" + "\"t\",".repeat(5_000_000)
                + "\"t\"]}").getBytes(StandardCharsets.UTF_8);
        assertTrue(tags.length > 20_000_000);
        // as a careful client sends a large body: it asks first, and the refusal comes before any byte of it
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/persons")).expectContinue(true)
                .header("Authorization", "Bearer " + Api.ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tags)).build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(null));
        assertTrue(r.body().contains("sillon.api.max-body-bytes"), r.body());
        assertEquals(persons, TestServices.count("select count(*) from person"));
    }

    @Test
    @Order(2)
    void aBodySentWithoutItsLengthIsCutOffOnceItPassesTheLimit() throws Exception {
        byte[] body = ("{\"firstName\":\"" + "a".repeat(2_000_000) + "\",\"lastName\":\"Chunked\"}")
                .getBytes(StandardCharsets.UTF_8);
        // a stream of unknown length goes out chunked, without Content-Length
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/persons"))
                .header("Authorization", "Bearer " + Api.ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertEquals(0, TestServices.count("select count(*) from person where last_name = 'Chunked'"));
    }

    @Test
    @Order(3)
    void valuesOfTheWrongJsonTypeAreRefusedNamingTheField() throws Exception {
        Problems.assertField(postPerson("{\"firstName\":123,\"lastName\":\"Typed\"}"), "firstName");
        Problems.assertField(postPerson("{\"firstName\":\"Anne\",\"lastName\":[\"x\"]}"), "lastName");
        Problems.assertField(postPerson("{\"firstName\":\"Anne\",\"lastName\":\"Typed\",\"householdId\":\"12\"}"),
                "householdId");
        Problems.assertField(postPerson("{\"firstName\":\"Anne\",\"firstName\":\"Bob\",\"lastName\":\"Typed\"}"),
                "firstName");
        assertEquals(0, TestServices.count("select count(*) from person where last_name in ('Typed', 'x')"));
    }

    @Test
    @Order(4)
    void aNulCharacterIsRefusedInABodyAndInAFilter() {
        Problems.assertField(postPerson("{\"firstName\":\"a\\u0000b\",\"lastName\":\"Nul\"}"), "firstName");
        Problems.assertField(Api.at(base).admin().get("/api/v1/persons?city=a%00b"), "city");
        Problems.assertField(Api.at(base).admin().get("/api/v1/households?q=%00"), "q");
    }

    @Test
    @Order(5)
    void textThatIsNotUtf8IsRefusedRatherThanStoredAsReplacementCharacters() throws Exception {
        byte[] latin1 = "{\"firstName\":\"Zoé\",\"lastName\":\"Latin\"}".getBytes(StandardCharsets.ISO_8859_1);
        Problems.assertField(postPerson(latin1, "application/json"), "body");
        assertEquals(0, TestServices.count("select count(*) from person where last_name = 'Latin'"));
    }

    @Test
    @Order(6)
    void jsonNestedAHundredThousandDeepIsA400() {
        Api.Reply r = postPerson("{\"tags\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        Problems.assertField(r, "body");
        assertTrue(r.body().contains("levels deep"), r.body());
    }

    @Test
    @Order(7)
    void everyAnswerCarriesTheSecurityHeadersAndPersonalDataIsNeverCached() {
        Api api = Api.at(base);
        Api.Reply page = api.get("/login.xhtml");
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("same-origin", page.header("Referrer-Policy"));
        assertEquals("no-store", page.header("Cache-Control"));
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("script-src 'self' 'nonce-") && csp.contains("object-src 'none'"), csp);
        String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("<script nonce=\"" + nonce + "\">"), "the page's scripts carry the nonce");
        assertFalse(page.body().contains("onclick=\""), "no inline handler, which the policy would block");
        assertNull(page.header("Strict-Transport-Security"), "HSTS means nothing over plain HTTP");
        assertEquals("max-age=31536000", api.header("X-Forwarded-Proto", "https").get("/login.xhtml")
                .header("Strict-Transport-Security"));

        Api.Reply person = api.admin().get("/api/v1/persons?size=1");
        assertEquals(200, person.status());
        assertEquals("no-store", person.header("Cache-Control"));
        assertEquals("nosniff", person.header("X-Content-Type-Options"));
        assertTrue(person.header("Content-Security-Policy").startsWith("default-src 'none'"));
        assertEquals("no-store", api.admin().get("/api/v1/households?size=1").header("Cache-Control"));
        assertEquals("no-store", api.admin().get("/api/v1/personal-data/retention").header("Cache-Control"));

        Api.Reply css = api.get("/jakarta.faces.resource/css/sillon.css.xhtml");
        assertEquals(200, css.status());
        assertFalse("no-store".equals(css.header("Cache-Control")), "style sheets stay cacheable");
    }

    @Test
    @Order(8)
    void aCrossSitePostRidingOnASessionCookieIsRefusedAndOurOwnPagesAreNot() throws Exception {
        Staff.Member animator = Staff.create(Api.at(base), "ANIMATOR");
        String cookie = FormLogin.session(URI.create(base.toString()), animator.username(), Staff.PASSWORD);
        long jobs = TestServices.count("select count(*) from import_job");
        byte[] csv = "nom;prenom\nForgé;Anne\n".getBytes(StandardCharsets.UTF_8);
        Api session = Api.at(base).withCookie(cookie);

        Api.Reply forged = session.header("Origin", "https://evil.example")
                .sendBytes("POST", "/api/v1/imports?filename=forged.csv", csv, "text/plain");
        assertEquals(403, forged.status(), forged.body());
        assertEquals("https://sillon.org/problems/cross-origin", forged.json().getString("type"));
        Api.Reply fetched = session.header("Sec-Fetch-Site", "cross-site")
                .sendBytes("POST", "/api/v1/imports?filename=forged.csv", csv, "text/plain");
        assertEquals(403, fetched.status(), fetched.body());
        Api.Reply bare = session.sendBytes("POST", "/api/v1/imports?filename=forged.csv", csv, "text/plain");
        assertEquals(403, bare.status(), "a cookie alone proves nothing: " + bare.body());
        assertEquals(jobs, TestServices.count("select count(*) from import_job"));

        URI server = Api.loopback(URI.create(base.toString()));
        String own = server.getScheme() + "://" + server.getHost() + ":" + server.getPort();
        Api.Reply sameOrigin = session.header("Origin", own)
                .sendBytes("POST", "/api/v1/imports?filename=own.csv", csv, "text/csv");
        assertEquals(201, sameOrigin.status(), sameOrigin.body());
        Api.Reply reading = session.get("/api/v1/imports?size=1");
        assertEquals(200, reading.status(), "reading needs no proof: " + reading.body());
    }

    @Test
    @Order(9)
    void metricsAreForAdministratorsOnly() {
        Api api = Api.at(base);
        Api.Reply anonymous = api.get("/metrics");
        assertEquals(401, anonymous.status(), "a scraper is challenged, not sent to the login page");
        Staff.Member animator = Staff.create(api, "ANIMATOR");
        assertEquals(403, api.as(animator.token()).get("/metrics").status());
        Api.Reply admin = api.admin().get("/metrics");
        assertEquals(200, admin.status());
        assertTrue(admin.body().contains("jvm_") || admin.body().contains("base_"), admin.body());
    }

    @Test
    @Order(10)
    void pageErrorsEndOnSillonsOwnPageNamingNoInternals() throws Exception {
        Staff.Member animator = Staff.create(Api.at(base), "ANIMATOR");
        String cookie = FormLogin.session(URI.create(base.toString()), animator.username(), Staff.PASSWORD);
        Api session = Api.at(base).withCookie(cookie);
        char[] field = new char[3_000_000];
        Arrays.fill(field, 'a');
        HttpRequest form = HttpRequest.newBuilder(URI.create(base + "people/persons.xhtml")).expectContinue(true)
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=" + new String(field))).build();
        HttpResponse<String> tooLarge = HTTP.send(form, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("Envoi trop volumineux"), tooLarge.body());
        assertNoInternals(tooLarge.body());

        // an upload past web.xml's 50 MB, to the import page
        String boundary = "----sillon" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"import:file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[51 * 1024 * 1024];
        Arrays.fill(file, (byte) 'a');
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String tooLargeFile = rawPost("/people/import.xhtml", "Cookie: " + cookie + "\r\nContent-Type: multipart/form-data;"
                + " boundary=" + boundary, head, file, tail);
        assertTrue(tooLargeFile.startsWith("HTTP/1.1 413"), tooLargeFile);
        assertTrue(tooLargeFile.contains("Envoi trop volumineux"), tooLargeFile);
        assertNoInternals(tooLargeFile);

        Api.Reply nul = session.get("/people/persons.xhtml?q=a%00b");
        assertEquals(400, nul.status());
        assertTrue(nul.body().contains("Demande incomprise"), nul.body());
        assertNoInternals(nul.body());
    }

    /**
     * A POST over a plain socket, the body written while the answer is read: the server answers a body past
     * its limit before the client has sent it all, then closes, which java.net.http reports as a failure.
     */
    private String rawPost(String path, String headers, byte[]... body) throws Exception {
        URI server = Api.loopback(URI.create(base.toString()));
        long length = Arrays.stream(body).mapToLong(b -> b.length).sum();
        try (java.net.Socket socket = new java.net.Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort() + "\r\n"
                    + headers + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> {
                try {
                    for (byte[] part : body) {
                        out.write(part);
                    }
                } catch (java.io.IOException closedByTheServer) {
                    // expected once the server has answered
                }
            });
            writer.start();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            writer.join(60_000);
            return answer;
        }
    }

    private static void assertNoInternals(String body) {
        for (String internal : new String[] {"Exception", "GRIZZLY", "Payara", "at org.", "at java."}) {
            assertFalse(body.contains(internal), internal + " in " + body);
        }
    }

    @Test
    @Order(99)
    void connectionsTheDatabaseDroppedAreReplacedBeforeTheNextRequestUsesThem() throws Exception {
        assertEquals(200, Api.at(base).admin().get("/api/v1/persons?size=1").status());
        try (var c = TestServices.jdbc(); var s = c.createStatement();
                var rs = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where application_name = 'sillon'")) {
            rs.next();
            assertTrue(rs.getLong(1) > 0, "the pool had connections to drop");
        }
        // the health check takes a connection straight from the pool, as JDBC code does (EclipseLink would
        // retry a failed read on another connection by itself)
        Api.Reply ready = Api.at(base).get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        for (int i = 0; i < 5; i++) {
            Api.Reply r = postPerson("{\"firstName\":\"Reconnectée\",\"lastName\":\"N" + i + "\"}");
            assertEquals(201, r.status(), "write " + i + " after the drop: " + r.body());
        }
    }

    @Test
    @Order(100)
    void afterAllThisTheServerAnswersNormallyAndItsHealthSaysSo() {
        Api.Reply health = Api.at(base).get("/health");
        assertEquals(200, health.status(), health.body());
        for (String check : new String[] {"\"memory\"", "\"database\"", "\"outbox\""}) {
            assertTrue(health.body().contains(check), check + " in " + health.body());
        }
        assertFalse(health.body().contains("\"DOWN\""), health.body());
        Api.Reply created = postPerson("{\"firstName\":\"Après\",\"lastName\":\"Tempête\"}");
        assertEquals(201, created.status(), created.body());
    }
}
