package org.sillon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.FormLogin;
import org.sillon.testing.Staff;

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

    /**
     * Payara Micro starts its data grid (Hazelcast) even with {@code --nocluster}; the pre-boot commands turn it off
     * (docs/decisions.md). Its threads are named {@code hz.<instance>...}: none may run in the server the tests start.
     */
    @Test
    void theServerRunsNoDataGrid() throws IOException {
        ProcessHandle server = server();
        Path tasks = Path.of("/proc", Long.toString(server.pid()), "task");
        Assumptions.assumeTrue(Files.isDirectory(tasks), "a process's threads are read from /proc (Linux)");
        List<String> threads;
        try (Stream<Path> each = Files.list(tasks)) {
            threads = each.flatMap(task -> {
                try {
                    return Stream.of(Files.readString(task.resolve("comm")).strip());
                } catch (NoSuchFileException ended) {
                    return Stream.empty(); // a thread that ended since the listing
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
        assertTrue(threads.size() > 20, "the server's threads were read: " + threads);
        assertTrue(threads.stream().noneMatch(name -> name.startsWith("hz.")), threads.toString());
    }

    /**
     * Mojarra keeps in the session an entry for every view it ever showed, past the 25 whose scope it keeps
     * (ForgottenViews): 150 pages of one session may leave the view scopes of the last views only, counted among
     * the objects alive in the server's heap after a full collection.
     */
    @Test
    void aSessionKeepsTheViewScopesOfItsLastViewsOnly() throws Exception {
        ProcessHandle server = server();
        Api animator = Api.at(base).anonymous().withCookie(FormLogin.session(URI.create(base.toString()),
                Staff.create(Api.at(base).admin(), "ANIMATOR").username(), Staff.PASSWORD));
        assertEquals(200, animator.get("/people/persons.xhtml").status());
        long before = liveViewScopes(server);
        for (int i = 0; i < 150; i++) {
            Api.Reply page = animator.get("/people/persons.xhtml");
            assertEquals(200, page.status());
            assertTrue(page.body().contains("id=\"persons\""), page.body());
        }
        long kept = liveViewScopes(server) - before;
        assertTrue(kept <= 40, kept + " view scopes more after 150 pages of one session");
    }

    /**
     * A session keeps its last 25 views, and with each view its table's page: a page of entities would keep the
     * unit of work that read them, some 140-320 KB a view (performance.md). The registry's lists keep rows instead:
     * 30 pages of each in one session leave no more units of work, persons or households alive than before them.
     */
    @Test
    void aSessionsListPagesKeepNoEntities() throws Exception {
        ProcessHandle server = server();
        Api admin = Api.at(base).admin();
        for (int i = 0; i < 3; i++) {
            long person = admin.post("/api/v1/persons", Api.json("firstName", "Rangée", "lastName", "Liste" + i,
                    "email", "rangee" + i + "@example.org")).id();
            admin.post("/api/v1/households", Api.json("mainContactId", person));
            admin.post("/api/v1/organisations", Api.json("name", "Relais " + i, "kind", "COMPANY"));
        }
        Api animator = Api.at(base).anonymous().withCookie(FormLogin.session(URI.create(base.toString()),
                Staff.create(admin, "ANIMATOR").username(), Staff.PASSWORD));
        List<String> lists = List.of("persons", "households", "organisations");
        List<String> kinds = List.of("org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork",
                "org.sillon.people.entity.Person", "org.sillon.people.entity.Household");
        for (String list : lists) {
            assertEquals(200, animator.get("/people/" + list + ".xhtml").status());
        }
        String before = histogram(server);
        for (int i = 0; i < 30; i++) {
            for (String list : lists) {
                Api.Reply page = animator.get("/people/" + list + ".xhtml");
                assertEquals(200, page.status());
                assertTrue(!page.body().contains("ui-datatable-empty-message"), "rows shown: " + page.body());
                assertTrue(page.body().contains("id=\"" + list + "\""), page.body());
            }
        }
        String after = histogram(server);
        for (String kind : kinds) {
            long more = instances(after, kind) - instances(before, kind);
            assertTrue(more <= 5, more + " more " + kind + " alive after 90 list pages of one session");
        }
    }

    /** The instances alive of Mojarra's entry for a view's scope, from a class histogram (a full collection). */
    private static long liveViewScopes(ProcessHandle server) throws IOException, InterruptedException {
        return instances(histogram(server), "com.sun.faces.application.view.ViewScopeContextObject");
    }

    /** The server's class histogram: the objects alive after a full collection, by class. */
    private static String histogram(ProcessHandle server) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String histogram = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jcmd.waitFor(), histogram);
        assertTrue(histogram.contains("java.lang.String"), histogram);
        return histogram;
    }

    private static long instances(String histogram, String className) {
        Matcher line = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "(\\s|$)",
                Pattern.MULTILINE).matcher(histogram);
        return line.find() ? Long.parseLong(line.group(1)) : 0;
    }

    private static ProcessHandle server() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Payara Micro among the processes this test started"));
    }

    @Test
    void metricsAreServedToAnAdministrator() {
        Api.Reply metrics = Api.at(base).admin().get("/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("base_") || metrics.body().contains("jvm_"), metrics.body());
    }
}
