package org.sillon.accounts.control;

/**
 * What a password must be: long rather than clever (NIST SP 800-63B), and not the username. Checked
 * wherever a password is chosen; the hash itself is Jakarta Security's PBKDF2.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Throws IllegalArgumentException with the reason when the password is not acceptable. */
    public static void check(String username, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new IllegalArgumentException("must have at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("must have at most " + MAX_LENGTH + " characters");
        }
        if (password.isBlank() || password.strip().equalsIgnoreCase(username)) {
            throw new IllegalArgumentException("must not be the username");
        }
        if (password.codePoints().distinct().count() < 4) {
            throw new IllegalArgumentException("must not repeat the same few characters");
        }
    }
}
