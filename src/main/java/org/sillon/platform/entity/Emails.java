package org.sillon.platform.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One normal form for email addresses, so that uniqueness means what people expect: trimmed, lower case,
 * blank meaning none. The syntax check is deliberately practical (one @, a dot in the domain, no spaces),
 * not the full RFC 5322 grammar that no mail form accepts anyway.
 */
public final class Emails {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    public static final int MAX_LENGTH = 254;

    private Emails() {
    }

    /** The normal form, or null for a blank input; an {@link InvalidValue} naming no field when not an address. */
    public static String normalise(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        if (e.length() > MAX_LENGTH || !SHAPE.matcher(e).matches() || e.contains("..")) {
            throw new InvalidValue(null, Message.of("email.invalid"));
        }
        return e;
    }
}
