package org.sillon.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code names has its text in English and in French, and the two bundles say the same
 * things: the same keys, each a pattern MessageFormat reads, with the same arguments.
 */
class MessageKeysTest {

    private static final Path BASE = Path.of(System.getProperty("sillon.basedir", "."));
    private static final Path BUNDLES = BASE.resolve("src/main/resources/org/sillon/platform");
    private static final Pattern KEY_IN_CODE = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"");
    /** Read by Message itself rather than named in a Message.of. */
    private static final Set<String> IMPLIED = Set.of("list.separator");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** An apostrophe alone starts a quoted part: MessageFormat would drop it and leave {0} unreplaced. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties bundle(String language) {
        Properties p = new Properties();
        String name = language.isEmpty() ? "problems.properties" : "problems_" + language + ".properties";
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Set<String> keysInCode() throws IOException {
        Set<String> keys = new TreeSet<>(IMPLIED);
        try (Stream<Path> files = Files.walk(BASE.resolve("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheCodeNamesHasAnEnglishAndAFrenchText() throws IOException {
        Set<String> keys = keysInCode();
        assertTrue(keys.size() > 100, "the scan found the keys: " + keys.size());
        for (String language : List.of("en", "fr")) {
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(bundle(language).stringPropertyNames());
            assertTrue(missing.isEmpty(), "missing from problems_" + language + ".properties: " + missing);
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(bundle("en").stringPropertyNames()), new TreeSet<>(bundle("fr").stringPropertyNames()));
        assertTrue(bundle("").isEmpty(), "the base bundle stays empty: a key missing from French must show");
    }

    @Test
    void everyTextIsAPatternWithTheSameArgumentsInBothLanguages() {
        Properties en = bundle("en");
        Properties fr = bundle("fr");
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            for (Properties bundle : List.of(en, fr)) {
                String pattern = bundle.getProperty(key);
                try {
                    new MessageFormat(pattern, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    wrong.add(key + ": " + e.getMessage());
                }
                if (LONE_APOSTROPHE.matcher(pattern).find()) {
                    wrong.add(key + ": an apostrophe is written twice: " + pattern);
                }
            }
            if (!arguments(en.getProperty(key)).equals(arguments(fr.getProperty(key)))) {
                wrong.add(key + ": not the same arguments in English and French");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static Set<String> arguments(String pattern) {
        return ARGUMENT.matcher(pattern).results().map(r -> r.group(1)).collect(Collectors.toSet());
    }
}
