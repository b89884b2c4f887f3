package org.sillon.platform.boundary;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows in the person's language the refusals that the rules state in English: each English pattern of
 * {@code problems_en.properties} is matched against the refusal, and the same key of the person's language
 * is formatted with the parts that varied. The rules stay readable and REST keeps one language; an unknown
 * refusal is shown as it is.
 */
public final class ProblemTexts {

    private static final String BUNDLE = "org.sillon.platform.problems";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private record Entry(String key, Pattern pattern, List<Integer> order) {
    }

    private static final List<Entry> ENTRIES = load();

    private ProblemTexts() {
    }

    private static List<Entry> load() {
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, ProblemTexts.class.getClassLoader());
        List<Entry> entries = new ArrayList<>();
        for (String key : Collections.list(english.getKeys())) {
            String text = english.getString(key);
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder regex = new StringBuilder("^");
            List<Integer> order = new ArrayList<>();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(text.substring(last, m.start()))).append("(.+?)");
                order.add(Integer.parseInt(m.group(1)));
                last = m.end();
            }
            regex.append(Pattern.quote(text.substring(last))).append('$');
            entries.add(new Entry(key, Pattern.compile(regex.toString(), Pattern.DOTALL), order));
        }
        return List.copyOf(entries);
    }

    /** The refusal in {@code locale}, or as it is when it has no translation. */
    public static String translate(String english, Locale locale) {
        if (english == null || locale == null || "en".equals(locale.getLanguage())) {
            return english;
        }
        for (Entry e : ENTRIES) {
            Matcher m = e.pattern().matcher(english);
            if (m.matches()) {
                Object[] args = new Object[e.order().size()];
                for (int i = 0; i < args.length; i++) {
                    args[e.order().get(i)] = m.group(i + 1);
                }
                try {
                    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ProblemTexts.class.getClassLoader());
                    return new MessageFormat(bundle.getString(e.key()), locale).format(args);
                } catch (MissingResourceException missing) {
                    return english;
                }
            }
        }
        return english;
    }
}
