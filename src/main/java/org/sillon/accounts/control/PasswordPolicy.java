package org.sillon.accounts.control;

import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

/**
 * What a password must be: long rather than clever (NIST SP 800-63B), and not the username. Checked
 * wherever a password is chosen; the hash itself is Jakarta Security's PBKDF2.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Throws an {@link InvalidValue} naming no field, with the reason, when the password is not acceptable. */
    public static void check(String username, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidValue(null, Message.of("min.length", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            throw new InvalidValue(null, Message.of("max.length", MAX_LENGTH));
        }
        if (password.isBlank() || password.strip().equalsIgnoreCase(username)) {
            throw new InvalidValue(null, Message.of("password.username"));
        }
        if (password.codePoints().distinct().count() < 4) {
            throw new InvalidValue(null, Message.of("password.repeats"));
        }
    }
}
