package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Time comes from one clock: nothing in {@code src/main} reads the system clock, the database's clock or a
 * time zone of its own, so that the integration tests' movable clock moves all of Sillon at once.
 */
class OneClockTest {

    private static final Path BASE = Path.of(System.getProperty("sillon.basedir", "."));

    /** What reads the time or a zone somewhere else than the injected clock. */
    private static final Map<String, Pattern> FORBIDDEN = Map.of(
            "now() not from the injected clock", Pattern.compile("\\b[A-Z]\\w*\\.now\\((?!clock\\))"),
            "the system clock", Pattern.compile("System\\.currentTimeMillis\\(|\\bClock\\.(system|tick|fixed|offset)"
                    + "|new (java\\.util\\.)?Date\\(\\s*\\)|Calendar\\.getInstance\\("),
            "a zone of its own (ParisTime.ZONE is the one)", Pattern.compile("ZoneId\\.(of|systemDefault)\\("
                    + "|TimeZone\\.getDefault\\(|ClockProducer\\.PARIS"),
            "the database's clock", Pattern.compile("(?i)\\b(current_date|current_timestamp|localtimestamp)\\b|(?<![.\\w])now\\(\\)"));

    /** Where a rule does not apply, and why. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // the one clock and the one zone
            "org/sillon/platform/control/ClockProducer.java", Set.of("the system clock"),
            "org/sillon/platform/entity/ParisTime.java", Set.of("a zone of its own (ParisTime.ZONE is the one)"),
            // when the JVM ran out of memory is the JVM's fact, noted without reaching CDI while memory is gone
            "org/sillon/guard/boundary/OutOfMemoryWatch.java", Set.of("now() not from the injected clock"),
            "org/sillon/guard/boundary/PageErrors.java", Set.of("now() not from the injected clock"),
            "org/sillon/guard/boundary/ErrorMapper.java", Set.of("now() not from the injected clock"),
            // job leases are compared by every server sharing the database: its clock is the one they share,
            // and a test moving the application's clock by weeks must not expire or freeze them
            "org/sillon/platform/control/JobRows.java", Set.of("the database's clock"),
            "org/sillon/platform/control/BackgroundJobs.java", Set.of("the database's clock"),
            "V17_1__import_jobs.sql", Set.of("the database's clock"));

    @Test
    void mainCodeTakesTheTimeFromTheInjectedClockOnly() throws IOException {
        List<String> found = new ArrayList<>();
        Path java = BASE.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(java)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> check(java, p, found));
        }
        Path migrations = BASE.resolve("src/main/resources/db/migration");
        try (Stream<Path> files = Files.walk(migrations)) {
            files.filter(p -> p.toString().endsWith(".sql")).forEach(p -> check(migrations, p, found));
        }
        assertTrue(found.isEmpty(), "Time read elsewhere than from the injected Clock:\n" + String.join("\n", found));
    }

    private static void check(Path root, Path file, List<String> found) {
        String name = root.relativize(file).toString().replace('\\', '/');
        String text;
        try {
            text = withoutComments(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FORBIDDEN.forEach((what, pattern) -> {
            if (ALLOWED.getOrDefault(name, Set.of()).contains(what)) {
                return;
            }
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                found.add(name + ":" + line + ": " + what + " (" + m.group() + ")");
            }
        });
    }

    /** Comments may name what code must not do; line breaks are kept, so line numbers stay right. */
    private static String withoutComments(String source) {
        Matcher blocks = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL).matcher(source);
        StringBuilder b = new StringBuilder();
        while (blocks.find()) {
            blocks.appendReplacement(b, Matcher.quoteReplacement(blocks.group().replaceAll("[^\\n]", " ")));
        }
        blocks.appendTail(b);
        return b.toString().replaceAll("(?m)(^|[^:\"])//.*$", "$1").replaceAll("(?m)^\\s*--.*$", "");
    }
}
