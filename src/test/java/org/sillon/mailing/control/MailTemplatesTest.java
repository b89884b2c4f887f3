package org.sillon.mailing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sillon.platform.entity.Language;

class MailTemplatesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z0-9_.]+)\\s*}}");
    private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9-]+)_([a-z]+)\\.txt");

    /** The template folder: the sources when run from the project, else the compiled resources. */
    private static Path folder() {
        Path sources = Path.of("src/main/resources/org/sillon/mailing/templates");
        if (Files.isDirectory(sources)) {
            return sources;
        }
        URL url = MailTemplates.class.getResource("/org/sillon/mailing/templates/");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> templateFiles() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> keys = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /** A distinct, recognisable value for each placeholder. */
    private static Map<String, String> valuesFor(Set<String> keys) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys) {
            values.put(key, "<" + key + "-value>");
        }
        return values;
    }

    static Stream<Arguments> templates() {
        return templateFiles().stream().map(file -> {
            Matcher m = FILE_NAME.matcher(file.getFileName().toString());
            assertTrue(m.matches(), "template file name must be NAME_LANG.txt: " + file);
            return Arguments.of(m.group(1), Language.valueOf(m.group(2).toUpperCase(Locale.ROOT)), file);
        });
    }

    static Set<String> templateNames() {
        return templates().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void thereAreTemplates() {
        assertFalse(templateFiles().isEmpty());
        assertTrue(templateNames().contains("welcome"));
    }

    @ParameterizedTest
    @MethodSource("templateNames")
    void everyTemplateExistsInEveryLanguageWithTheSameValues(String template) {
        Map<Language, Set<String>> keysByLanguage = new HashMap<>();
        for (Language language : Language.values()) {
            Path file = folder().resolve(template + "_" + language.name().toLowerCase(Locale.ROOT) + ".txt");
            assertTrue(Files.isRegularFile(file), "missing " + file);
            keysByLanguage.put(language, placeholders(read(file)));
        }
        assertEquals(keysByLanguage.get(Language.FR), keysByLanguage.get(Language.EN),
                "the French and English " + template + " templates need the same values");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void everyTemplateRendersWithTheValuesItNeeds(String template, Language language, Path file) {
        String source = read(file);
        assertTrue(source.startsWith("Subject:"), file + " must start with a Subject line");
        Set<String> keys = placeholders(source);
        Map<String, String> values = valuesFor(keys);

        MailTemplates.Rendered rendered = MailTemplates.render(template, language, values);

        String subjectSource = source.substring("Subject:".length(), source.indexOf('\n')).strip();
        assertFalse(rendered.subject().isBlank());
        assertFalse(rendered.subject().contains("\n"));
        assertFalse(rendered.subject().startsWith("Subject:"));
        assertFalse(rendered.body().isBlank());
        assertFalse(rendered.body().startsWith("\n"), "the blank line after the subject is not part of the body");
        for (String text : List.of(rendered.subject(), rendered.body())) {
            assertFalse(text.contains("{{"), "unfilled placeholder in " + text);
            assertFalse(text.contains("}}"), "unfilled placeholder in " + text);
        }
        for (String key : placeholders(subjectSource)) {
            assertTrue(rendered.subject().contains(values.get(key)), key + " missing from the subject");
        }
        String bodySource = source.substring(source.indexOf('\n') + 1);
        for (String key : placeholders(bodySource)) {
            assertTrue(rendered.body().contains(values.get(key)), key + " missing from the body");
        }
        // rendering fills placeholders and changes nothing else
        String expectedBody = bodySource.stripLeading();
        for (Map.Entry<String, String> v : values.entrySet()) {
            expectedBody = expectedBody.replaceAll("\\{\\{\\s*" + Pattern.quote(v.getKey()) + "\\s*}}",
                    Matcher.quoteReplacement(v.getValue()));
        }
        assertEquals(expectedBody, rendered.body());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void everyValueATemplateNeedsIsRequired(String template, Language language, Path file) {
        Set<String> keys = placeholders(read(file));
        for (String missing : keys) {
            Map<String, String> values = valuesFor(keys);
            values.remove(missing);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MailTemplates.render(template, language, values));
            assertTrue(e.getMessage().contains(missing), e.getMessage());
        }
    }

    private static Map<String, String> welcomeValues() {
        return Map.of("displayName", "Jeanne Martin", "username", "jeanne.martin",
                "loginUrl", "https://sillon.example.org/login.xhtml", "createdBy", "Paul Durand");
    }

    @Test
    void welcomeInFrench() {
        MailTemplates.Rendered r = MailTemplates.render("welcome", Language.FR, welcomeValues());
        assertEquals("Bienvenue dans Sillon, Jeanne Martin", r.subject());
        assertTrue(r.body().startsWith("Bonjour Jeanne Martin,\n"), r.body());
        assertTrue(r.body().contains("Votre identifiant : jeanne.martin\n"), r.body());
        assertTrue(r.body().contains("Adresse de connexion : https://sillon.example.org/login.xhtml\n"), r.body());
        assertTrue(r.body().contains("Paul Durand vous a ouvert un compte"), r.body());
        assertTrue(r.body().contains("communiqué par Paul Durand."), r.body());
    }

    @Test
    void welcomeInEnglish() {
        MailTemplates.Rendered r = MailTemplates.render("welcome", Language.EN, welcomeValues());
        assertEquals("Welcome to Sillon, Jeanne Martin", r.subject());
        assertTrue(r.body().startsWith("Hello Jeanne Martin,\n"), r.body());
        assertTrue(r.body().contains("Your username: jeanne.martin\n"), r.body());
        assertTrue(r.body().contains("Log in at: https://sillon.example.org/login.xhtml\n"), r.body());
        assertTrue(r.body().contains("Paul Durand has opened an account for you"), r.body());
    }

    @Test
    void valuesAreInsertedLiterally() {
        Map<String, String> values = new HashMap<>(welcomeValues());
        values.put("displayName", "Jean $1 \\ {{username}}");
        MailTemplates.Rendered r = MailTemplates.render("welcome", Language.EN, values);
        assertEquals("Welcome to Sillon, Jean $1 \\ {{username}}", r.subject());
        assertTrue(r.body().startsWith("Hello Jean $1 \\ {{username}},"), r.body());
    }

    @Test
    void extraValuesAreIgnored() {
        Map<String, String> values = new HashMap<>(welcomeValues());
        values.put("unused", "whatever");
        assertEquals("Welcome to Sillon, Jeanne Martin",
                MailTemplates.render("welcome", Language.EN, values).subject());
    }

    @Test
    void aMissingValueIsAnError() {
        Map<String, String> values = new HashMap<>(welcomeValues());
        values.remove("loginUrl");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MailTemplates.render("welcome", Language.FR, values));
        assertTrue(e.getMessage().contains("loginUrl"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("welcome", Language.EN, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-template", "welcom", "goodbye"})
    void anUnknownTemplateIsAnError(String template) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MailTemplates.render(template, Language.FR, welcomeValues()));
        assertTrue(e.getMessage().contains(template), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../templates/welcome", "Welcome", "welcome_fr", "welcome.txt", "", "wel come", "/welcome"})
    void aBadTemplateNameIsAnError(String template) {
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render(template, Language.FR, welcomeValues()));
    }
}
