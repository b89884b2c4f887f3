package org.sillon.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The default run ({@code mvn -Prun package}): starts PostgreSQL on the embedded binaries with its data in
 * SILLON_DATA_DIR (./data by default), then Payara Micro with the war on SILLON_PORT (8080 by default), with
 * demo data loaded on the first start. With SILLON_DB_URL set it uses that database instead. Ctrl-C stops
 * both.
 */
public final class SillonLauncher {

    private SillonLauncher() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> env = System.getenv();
        Path basedir = Path.of(System.getProperty("sillon.basedir", "."));
        Path dataDir = basedir.resolve(env.getOrDefault("SILLON_DATA_DIR", "data")).toAbsolutePath().normalize();
        String port = env.getOrDefault("SILLON_PORT", "8080");
        Path microJar = Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"));
        Path war = Path.of(System.getProperty("sillon.war", "target/sillon.war"));

        EmbeddedDatabase database = null;
        ProcessBuilder payara = new ProcessBuilder(payaraCommand(basedir, microJar, war,
                basedir.resolve("target/payara-root"), port)).inheritIO();
        if (!env.containsKey("SILLON_DB_URL")) {
            Files.createDirectories(dataDir);
            database = EmbeddedDatabase.start(dataDir.resolve("postgres"), 0, false);
            System.out.println("Sillon: embedded PostgreSQL on port " + database.port() + ", data in " + dataDir);
            payara.environment().put("SILLON_DB_URL", database.jdbcUrl());
            payara.environment().put("SILLON_DB_USER", EmbeddedDatabase.APP_USER);
            payara.environment().put("SILLON_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD);
        }
        payara.environment().putIfAbsent("SILLON_DEMO_ENABLED", "true");
        payara.environment().putIfAbsent("SILLON_BASE_URL", "http://localhost:" + port);

        Process process = payara.start();
        EmbeddedDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (db != null) {
                db.close();
            }
        }));
        System.out.println("Sillon: starting on http://localhost:" + port + " (Ctrl-C to stop)");
        boolean demo = "true".equalsIgnoreCase(payara.environment().get("SILLON_DEMO_ENABLED"));
        Thread ready = new Thread(() -> announceWhenReady(process, port, demo), "sillon-ready");
        ready.setDaemon(true);
        ready.start();
        int exit = process.waitFor();
        if (db != null) {
            db.close();
        }
        System.exit(exit);
    }

    /**
     * The command that runs {@code war} on Payara Micro at {@code port}, as the default run does; the footprint
     * bench starts its servers with it too, so that it measures what a developer starts.
     */
    public static List<String> payaraCommand(Path basedir, Path microJar, Path war, Path root, String port)
            throws IOException {
        return new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + basedir.resolve("payara/jvm.options").toAbsolutePath(), "-Xmx512m",
                "-Djava.io.tmpdir=" + basedir.resolve("target").toAbsolutePath(),
                "-jar", microJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                // a root of its own (else Payara warns that it runs from a temporary folder), emptied first: a kept
                // root would redeploy the application of a previous run
                "--rootdir", freshDirectory(root).toString(),
                "--port", port, "--nocluster",
                "--prebootcommandfile", basedir.resolve("payara/pre-boot-commands.asadmin").toString()));
    }

    /** {@code dir}, emptied or created. */
    private static Path freshDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir).toAbsolutePath();
    }

    /**
     * Waits until Payara Micro answers /health/ready, then ends the start with the one line a newcomer needs:
     * where Sillon listens and how to log in.
     */
    private static void announceWhenReady(Process process, String port, boolean demo) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // no timeout: Payara holds requests until it has deployed, and a request dropped half-way is logged
        // there as an error with its stack trace
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).build();
        long start = System.nanoTime();
        while (process.isAlive()) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    String login = demo
                            ? " — login / connexion : admin / sillon-admin-demo (other demo logins in README.md)"
                            : "";
                    System.out.printf("%nSillon is ready on http://localhost:%s (started in %d s)%s%n", port,
                            Duration.ofNanos(System.nanoTime() - start).toSeconds(), login);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
