package org.sillon.mailing.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillon.platform.entity.Language;

/**
 * Plain-text email templates, one file per template and language under
 * {@code org/sillon/mailing/templates/NAME_LANG.txt}: a first line "Subject: ...", a blank line, the body.
 * {@code {{key}}} marks a value; a missing value is an error rather than a hole in a sent email.
 */
public final class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z0-9_.]+)\\s*}}");
    private static final String FOLDER = "/org/sillon/mailing/templates/";

    public record Rendered(String subject, String body) {
    }

    private MailTemplates() {
    }

    public static Rendered render(String template, Language language, Map<String, String> values) {
        String source = load(template, language);
        int end = source.indexOf('\n');
        if (!source.startsWith("Subject:") || end < 0) {
            throw new IllegalStateException("Template " + template + " must start with a 'Subject:' line");
        }
        String subject = fill(source.substring("Subject:".length(), end).strip(), values, template);
        String body = fill(source.substring(end + 1).stripLeading(), values, template);
        return new Rendered(subject, body);
    }

    private static String load(String template, Language language) {
        if (!template.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Bad template name: " + template);
        }
        String path = FOLDER + template + "_" + language.name().toLowerCase(java.util.Locale.ROOT) + ".txt";
        try (InputStream in = MailTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }

    private static String fill(String text, Map<String, String> values, String template) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Template " + template + " needs a value for " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
