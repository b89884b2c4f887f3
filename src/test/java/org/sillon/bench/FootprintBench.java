package org.sillon.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.sillon.bench.floor.Item;
import org.sillon.bench.hello.Hello;
import org.sillon.bench.hello.HelloApplication;
import org.sillon.dev.EmbeddedDatabase;
import org.sillon.dev.SillonLauncher;
import org.sillon.platform.control.Database;
import org.sillon.testing.FormLogin;

/**
 * Figures for docs/performance.md (issue 11), not a test: {@code mvn -B verify -Pbench -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FootprintBench}. Starts Payara Micro itself with the default
 * run's command ({@link SillonLauncher#payaraCommand}), beside a hello-world JAX-RS war on the same server and
 * options and the stack's floor ({@code org.sillon.bench.floor}: one entity, one page, Sillon's libraries), in
 * turn for {@code sillon.bench.rounds} rounds (3 by default), on one embedded PostgreSQL:
 * <ul>
 * <li>Sillon's first start on the empty database (migrations and demo data), then each restart with its data
 * kept: seconds from the process's start to the first 200 ({@code /health/ready}; the hello war's resource; the
 * floor's first item, read from its database), and the processor seconds the JVM spent until then;</li>
 * <li>the server's resident memory 15 s after it is ready, and after the requests below;</li>
 * <li>processor time per request on the server, from its process's counters, less what it spends idle: after
 * {@code sillon.bench.warmUp} rounds of the four calls (6,000: the JIT compiler is busy for tens of thousands of
 * calls, and until then it is most of the processor time), windows of {@code sillon.bench.requests} calls in a
 * row (2,000) until two agree: {@code GET /api/v1/version} (the trivial endpoint), {@code /api/v1/persons/{id}},
 * {@code /api/v1/households?size=20}, a static CSS file; then a staff list page's wall time, logged in; on the
 * floor, its trivial call, an item, 20 items and its page of 20 rows;</li>
 * <li>with {@code sillon.bench.soakMinutes} (60 for the hour; 0 by default), that many minutes of mixed
 * load on the last round's server, reads, writes and pages, with its resident memory each minute.</li>
 * </ul>
 * Medians of the rounds are printed as lines starting with {@code FOOTPRINT}.
 */
class FootprintBench {

    private static final int ROUNDS = Integer.getInteger("sillon.bench.rounds", 3);
    private static final int REQUESTS = Integer.getInteger("sillon.bench.requests", 2000);
    private static final int WINDOWS = Integer.getInteger("sillon.bench.windows", 6);
    private static final int WARM_UP = Integer.getInteger("sillon.bench.warmUp", 6000);
    /** Minutes of mixed load on the last round's server before it stops (issue 11 asks for an hour); 0: none. */
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final int SOAK_MINUTES = Integer.getInteger("sillon.bench.soakMinutes", 0);
    private static final String DEMO_TOKEN = "sil_demo7f3Kq9XwR2mLp8ZtV4nB6cYh1sJ5dGa0";
    private static final Path BASEDIR = Path.of(System.getProperty("sillon.basedir", "."));
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** Every server started, stopped at the end even when a step fails half-way. */
    private static final List<Process> STARTED = new ArrayList<>();

    @Test
    void startMemoryAndRequests() throws Exception {
        Path work = BASEDIR.resolve("target/footprint");
        deleteTree(work);
        Path hello = work.resolve("hello.war");
        Files.createDirectories(work);
        ShrinkWrap.create(WebArchive.class, "hello.war").addClasses(Hello.class, HelloApplication.class)
                .as(ZipExporter.class).exportTo(hello.toFile(), true);
        Path sillon = BASEDIR.resolve("target/sillon.war");
        EmbeddedDatabase db = EmbeddedDatabase.start(work.resolve("postgres"), 0, false);
        try {
            Map<String, String> env = Map.of("SILLON_DB_URL", db.jdbcUrl(), "SILLON_DB_USER", EmbeddedDatabase.APP_USER,
                    "SILLON_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD, "SILLON_DEMO_ENABLED", "true");
            Start first = start(sillon, "/health/ready", env);
            first.stop();
            Path floor = floorWar(work);
            Map<String, String> floorEnv = floorDatabase(db);
            // the floor's first start migrates its schema; the rounds restart it, as they do Sillon
            start(floor, "/api/items/1", floorEnv).stop();
            List<Start> hellos = new ArrayList<>();
            List<Start> floors = new ArrayList<>();
            List<Start> restarts = new ArrayList<>();
            List<Requests> floorRequests = new ArrayList<>();
            List<Requests> requests = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                Start h = start(hello, "/hello", Map.of());
                h.stop();
                hellos.add(h);
                Start f = start(floor, "/api/items/1", floorEnv);
                floorRequests.add(floorRequests(f));
                f.stop();
                floors.add(f);
                Start s = start(sillon, "/health/ready", env);
                requests.add(requests(s));
                if (round == ROUNDS && SOAK_MINUTES > 0) {
                    soak(s, SOAK_MINUTES);
                }
                s.stop();
                restarts.add(s);
                System.out.printf(Locale.ROOT, "FOOTPRINT round %d: hello %s | floor %s, %s | Sillon %s | %s%n", round,
                        h, f, floorRequests.get(floorRequests.size() - 1), s, requests.get(requests.size() - 1));
            }
            System.out.printf(Locale.ROOT, "FOOTPRINT first start with demo data: %s%n", first);
            report("hello-world war, ready", hellos, x -> x.ready, "s");
            report("stack's floor, restart, ready", floors, x -> x.ready, "s");
            report("Sillon restart, ready", restarts, x -> x.ready, "s");
            report("hello-world war, processor until ready", hellos, x -> x.cpu, "s");
            report("stack's floor, processor until ready", floors, x -> x.cpu, "s");
            report("Sillon restart, processor until ready", restarts, x -> x.cpu, "s");
            report("hello-world war, resident 15 s after ready", hellos, x -> x.rss, "MB");
            report("stack's floor, resident 15 s after ready", floors, x -> x.rss, "MB");
            report("Sillon restart, resident 15 s after ready", restarts, x -> x.rss, "MB");
            report("stack's floor, resident after the requests", floorRequests, x -> x.rssAfter, "MB");
            report("Sillon, resident after the requests", requests, x -> x.rssAfter, "MB");
            report("floor: GET /api/version, server processor per call", floorRequests, x -> x.trivial, "ms");
            report("floor: GET /api/items/{id}, server processor per call", floorRequests, x -> x.record, "ms");
            report("floor: GET /api/items?size=20, server processor per call", floorRequests, x -> x.list,
                    "ms");
            report("floor: GET /items.xhtml (20 rows), wall median", floorRequests, x -> x.pageMedian, "ms");
            report("floor: GET /items.xhtml (20 rows), wall p95", floorRequests, x -> x.pageP95, "ms");
            report("GET /api/v1/version, server processor per call", requests, x -> x.trivial, "ms");
            report("GET /api/v1/persons/{id}, server processor per call", requests, x -> x.record, "ms");
            report("GET /api/v1/households?size=20, server processor per call", requests, x -> x.list, "ms");
            report("GET /resources/css/sillon.css, server processor per call", requests, x -> x.css, "ms");
            report("GET /people/persons.xhtml (staff list, logged in), wall median", requests, x -> x.pageMedian, "ms");
            report("GET /people/persons.xhtml (staff list, logged in), wall p95", requests, x -> x.pageP95, "ms");
        } finally {
            STARTED.forEach(Process::destroyForcibly);
            db.close();
        }
    }

    /** A server started: seconds until ready and processor seconds until then, resident MB 15 s later. */
    private static final class Start {
        final Process process;
        final int port;
        double ready;
        double cpu;
        double rss;

        Start(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "ready %.1f s, %.1f s of processor, %.0f MB", ready, cpu, rss);
        }
    }

    private static Start start(Path war, String probe, Map<String, String> env) throws Exception {
        int port = freePort();
        List<String> command = SillonLauncher.payaraCommand(BASEDIR, Path.of(System.getProperty("payara.microJar")),
                war, BASEDIR.resolve("target/footprint/root"), String.valueOf(port));
        // options of a run's own, e.g. a flight recording: -Dsillon.bench.serverOptions=-XX:StartFlightRecording=...
        String extra = System.getProperty("sillon.bench.serverOptions", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(1, List.of(extra.split("\\s+")));
        }
        ProcessBuilder b = new ProcessBuilder(command);
        // the test JVM's environment points at the integration tests' services and polls every second
        b.environment().keySet().removeIf(name -> name.startsWith("SILLON_"));
        b.environment().putAll(env);
        // and variables of a run's own: -Dsillon.bench.serverEnv=MALLOC_ARENA_MAX=2,...
        for (String variable : System.getProperty("sillon.bench.serverEnv", "").split(",")) {
            if (variable.contains("=")) {
                b.environment().put(variable.substring(0, variable.indexOf('=')).strip(),
                        variable.substring(variable.indexOf('=') + 1).strip());
            }
        }
        b.environment().put("SILLON_BASE_URL", "http://localhost:" + port);
        Path log = BASEDIR.resolve("target/footprint/server-" + port + ".log");
        b.redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Start s = new Start(b.start(), port);
        STARTED.add(s.process);
        URI uri = URI.create("http://localhost:" + port + probe);
        while (true) {
            if (!s.process.isAlive()) {
                throw new IllegalStateException("the server stopped: see " + log);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - t0 > Duration.ofMinutes(5).toNanos()) {
                throw new IllegalStateException("not ready in five minutes: see " + log);
            }
            Thread.sleep(50);
        }
        s.ready = (System.nanoTime() - t0) / 1e9;
        s.cpu = cpuSeconds(s.process);
        Thread.sleep(15_000);
        s.rss = residentMb(s.process);
        return s;
    }

    /**
     * Processor time per call on the server, in ms: the trivial call, one record (a person, an item), a list of 20
     * (households, items) and a style sheet; and a list page's wall times.
     */
    private static final class Requests {
        double trivial;
        double record;
        double list;
        double css;
        double pageMedian;
        double pageP95;
        double rssAfter;

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "per call: trivial %.3f ms, record %.3f ms, list %.3f ms,"
                    + " css %.3f ms; page %.1f / %.1f ms; %.0f MB after", trivial, record, list, css,
                    pageMedian, pageP95, rssAfter);
        }
    }

    private static Requests requests(Start s) throws Exception {
        String base = "http://localhost:" + s.port;
        Map<String, String> api = Map.of("Authorization", "Bearer " + DEMO_TOKEN, "Accept", "application/json");
        List<String> urls = List.of(base + "/api/v1/version", base + "/api/v1/persons/" + firstId(base, api),
                base + "/api/v1/households?size=20", base + "/resources/css/sillon.css");
        // the JIT compiler works for tens of thousands of calls: until then, it is most of the processor time
        for (int i = 0; i < WARM_UP; i++) {
            for (String url : urls) {
                get(url, url.contains("/api/") ? api : Map.of());
            }
        }
        double idle = idleRate(s);
        Requests r = new Requests();
        r.trivial = cpuPerCall(s, idle, urls.get(0), api);
        r.record = cpuPerCall(s, idle, urls.get(1), api);
        r.list = cpuPerCall(s, idle, urls.get(2), api);
        r.css = cpuPerCall(s, idle, urls.get(3), Map.of());
        Map<String, String> staff = Map.of("Cookie", FormLogin.session(URI.create(base + "/"), "admin",
                "sillon-admin-demo"));
        page(r, base + "/people/persons.xhtml", staff);
        r.rssAfter = residentMb(s.process);
        return r;
    }

    /**
     * The same on the stack's floor: its trivial call, an item by id, 20 items, and its page of 20 rows; no
     * style sheet (its page's come from PrimeFaces' resource handler).
     */
    private static Requests floorRequests(Start s) throws Exception {
        String base = "http://localhost:" + s.port;
        Map<String, String> api = Map.of("Accept", "application/json");
        List<String> urls = List.of(base + "/api/version", base + "/api/items/1", base + "/api/items?size=20");
        for (int i = 0; i < WARM_UP; i++) {
            for (String url : urls) {
                get(url, api);
            }
        }
        double idle = idleRate(s);
        Requests r = new Requests();
        r.trivial = cpuPerCall(s, idle, urls.get(0), api);
        r.record = cpuPerCall(s, idle, urls.get(1), api);
        r.list = cpuPerCall(s, idle, urls.get(2), api);
        r.css = Double.NaN;
        page(r, base + "/items.xhtml", Map.of());
        r.rssAfter = residentMb(s.process);
        return r;
    }

    /** A page's wall times over 300 loads, the first 100 left out: its median and 95th percentile. */
    private static void page(Requests r, String url, Map<String, String> headers) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long t = System.nanoTime();
            get(url, headers);
            if (i >= 100) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(ms);
        r.pageMedian = ms.get(ms.size() / 2);
        r.pageP95 = ms.get((int) (ms.size() * 0.95));
    }

    /** A database of the floor's own on the bench's PostgreSQL, and the environment that points it there. */
    private static Map<String, String> floorDatabase(EmbeddedDatabase db) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER,
                EmbeddedDatabase.PASSWORD); java.sql.Statement st = c.createStatement()) {
            st.execute("create database floor owner " + EmbeddedDatabase.APP_USER);
        }
        return Map.of("SILLON_DB_URL", db.jdbcUrl().replaceFirst("/[^/]+$", "/floor"), "SILLON_DB_USER",
                EmbeddedDatabase.APP_USER, "SILLON_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD);
    }

    /**
     * {@code minutes} of mixed load from one client, as fast as the server answers: the API's reads (a person, a
     * page of households, a search, this week's distribution), a note written and deleted, two staff pages and a
     * style sheet. Prints the resident memory each minute, then its highest and last.
     */
    private static void soak(Start s, int minutes) throws Exception {
        String base = "http://localhost:" + s.port;
        Map<String, String> api = Map.of("Authorization", "Bearer " + DEMO_TOKEN, "Accept", "application/json");
        String person = base + "/api/v1/persons/" + firstId(base, api);
        String week = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                .format(java.time.format.DateTimeFormatter.ISO_WEEK_DATE).substring(0, 8);
        Map<String, String> staff = Map.of("Cookie", FormLogin.session(URI.create(base + "/"), "admin",
                "sillon-admin-demo"));
        List<String> reads = List.of(base + "/api/v1/version", person, base + "/api/v1/households?size=20",
                base + "/api/v1/persons?q=mar&size=20", base + "/api/v1/distributions/" + week);
        long end = System.nanoTime() + minutes * 60_000_000_000L;
        long nextMinute = System.nanoTime() + 60_000_000_000L;
        double highest = 0;
        long calls = 0;
        while (System.nanoTime() < end) {
            for (String url : reads) {
                get(url, api);
            }
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(person + "/notes"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Appel de suivi, rappeler jeudi\"}"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30));
            api.forEach(post::header);
            HttpResponse<String> note = HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString());
            Matcher written = ID.matcher(note.body());
            if (note.statusCode() != 201 || !written.find()) {
                throw new IllegalStateException("note: " + note.statusCode() + " " + note.body());
            }
            HttpRequest.Builder delete = HttpRequest.newBuilder(URI.create(person + "/notes/" + written.group(1)))
                    .DELETE().timeout(Duration.ofSeconds(30));
            api.forEach(delete::header);
            int deleted = HTTP.send(delete.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (deleted != 204) {
                throw new IllegalStateException("note deletion: " + deleted);
            }
            get(base + "/people/persons.xhtml", staff);
            get(base + "/people/households.xhtml", staff);
            get(base + "/resources/css/sillon.css", Map.of());
            calls += reads.size() + 5;
            if (System.nanoTime() >= nextMinute) {
                double rss = residentMb(s.process);
                highest = Math.max(highest, rss);
                System.out.printf(Locale.ROOT, "FOOTPRINT soak: %d calls, %.0f MB%n", calls, rss);
                nextMinute += 60_000_000_000L;
            }
        }
        double last = residentMb(s.process);
        System.out.printf(Locale.ROOT, "FOOTPRINT soak of %d min: %d calls, resident highest %.0f MB, last %.0f MB%n",
                minutes, calls, Math.max(highest, last), last);
    }

    /** The id of the demo's first person. */
    private static String firstId(String base, Map<String, String> api) throws Exception {
        String list = get(base + "/api/v1/persons?size=1", api).body();
        Matcher id = ID.matcher(list);
        if (!id.find()) {
            throw new IllegalStateException("no person in the demo: " + list);
        }
        return id.group(1);
    }

    /** The server's processor seconds per second when nobody calls it (its pollers and timers), over 10 s. */
    private static double idleRate(Start s) throws InterruptedException {
        double before = cpuSeconds(s.process);
        long t = System.nanoTime();
        Thread.sleep(10_000);
        return (cpuSeconds(s.process) - before) / ((System.nanoTime() - t) / 1e9);
    }

    /**
     * Server processor ms per call of {@code url}: windows of {@link #REQUESTS} calls until two in a row agree
     * within a tenth (at most {@link #WINDOWS}), each its counters over the calls less the idle rate.
     */
    private static double cpuPerCall(Start s, double idle, String url, Map<String, String> headers)
            throws Exception {
        double previous = window(s, idle, url, headers);
        for (int w = 1; w < WINDOWS; w++) {
            double next = window(s, idle, url, headers);
            if (Math.abs(next - previous) <= 0.1 * previous) {
                return Math.min(previous, next);
            }
            previous = next;
        }
        System.out.printf(Locale.ROOT, "FOOTPRINT   %s did not settle in %d windows%n", url, WINDOWS);
        return previous;
    }

    private static double window(Start s, double idle, String url, Map<String, String> headers) throws Exception {
        double before = cpuSeconds(s.process);
        long t = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            get(url, headers);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        return (cpuSeconds(s.process) - before - idle * seconds) * 1000 / REQUESTS;
    }

    private static HttpResponse<String> get(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        headers.forEach(b::header);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private static double cpuSeconds(Process p) {
        return p.toHandle().info().totalCpuDuration().orElseThrow().toNanos() / 1e9;
    }

    private static double residentMb(Process p) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            throw new IllegalStateException("no VmRSS for " + p.pid());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void report(String what, List<T> values, ToDoubleFunction<T> of, String unit) {
        List<Double> sorted = values.stream().mapToDouble(of).sorted().boxed().toList();
        System.out.printf(Locale.ROOT, "FOOTPRINT %-62s median %8.3f %s (of %s)%n", what, sorted.get(sorted.size() / 2),
                unit, sorted.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).toList());
    }

    /**
     * The stack's floor ({@code org.sillon.bench.floor}) as a war, with Sillon's data source definition and the
     * libraries it shares with Sillon's war: PrimeFaces, Flyway and the PostgreSQL driver, the same files.
     */
    private static Path floorWar(Path dir) throws IOException {
        String resources = "org/sillon/bench/floor/";
        WebArchive war = ShrinkWrap.create(WebArchive.class, "floor.war").addPackage(Item.class.getPackage())
                .addClass(Database.class)
                .addAsResource(resources + "persistence.xml", "META-INF/persistence.xml")
                .addAsResource(resources + "V1__items.sql", resources + "migration/V1__items.sql")
                .addAsWebInfResource(resources + "web.xml", "web.xml")
                .addAsWebInfResource(resources + "faces-config.xml", "faces-config.xml")
                .addAsWebInfResource(resources + "beans.xml", "beans.xml")
                .addAsWebResource(resources + "items.xhtml", "items.xhtml");
        try (var libs = Files.list(BASEDIR.resolve("target/sillon/WEB-INF/lib"))) {
            libs.filter(jar -> jar.getFileName().toString().matches("(primefaces|flyway|postgresql)-.*\\.jar"))
                    .forEach(jar -> war.addAsLibrary(jar.toFile()));
        }
        Path file = dir.resolve("floor.war");
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
