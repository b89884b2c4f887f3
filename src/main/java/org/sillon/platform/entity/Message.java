package org.sillon.platform.entity;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What a rule says to a person: a key of {@code org/sillon/platform/problems_*.properties} and its arguments,
 * put into words only when someone reads it, in their language (a page's, or an API caller's
 * {@code Accept-Language}). An argument is shown as it is (ids and limits without digit grouping), except a
 * message, shown in the same language; an enum, shown by its label {@code Type.NAME} when the bundle has one;
 * and a collection, whose items are shown so and separated by {@code list.separator}.
 */
public record Message(String key, List<Object> args) implements Serializable {

    private static final String BUNDLE = "org.sillon.platform.problems";
    private static final ResourceBundle.Control OWN_FILES_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Refuses a key the English bundle does not have, so that a typo fails where the message is made. */
    public Message {
        if (key == null || !bundle(Locale.ENGLISH).containsKey(key)) {
            throw new IllegalArgumentException("No message " + key + " in " + BUNDLE.replace('.', '/') + "_en.properties");
        }
        args = Collections.unmodifiableList(new ArrayList<>(args)); // arguments may be null
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The text in French for a French locale, in English for any other. */
    public String text(Locale locale) {
        Locale language = supported(locale);
        Object[] shown = args.stream().map(a -> shown(a, language)).toArray();
        return new MessageFormat(bundle(language).getString(key), language).format(shown);
    }

    /** The English text, for logs and tests. */
    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }

    private static String shown(Object arg, Locale language) {
        if (arg instanceof Message m) {
            return m.text(language);
        }
        if (arg instanceof Enum<?> e) {
            String label = e.getDeclaringClass().getSimpleName() + "." + e.name();
            ResourceBundle bundle = bundle(language);
            return bundle.containsKey(label) ? bundle.getString(label) : e.name();
        }
        if (arg instanceof LocalDate day) {
            return day.format(DAY); // the one date format of the pages (platform.boundary.Moments)
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(i -> shown(i, language))
                    .collect(Collectors.joining(bundle(language).getString("list.separator")));
        }
        return String.valueOf(arg);
    }

    private static Locale supported(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, Message.class.getClassLoader(), OWN_FILES_ONLY);
    }
}
