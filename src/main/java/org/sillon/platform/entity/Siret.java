package org.sillon.platform.entity;

/**
 * SIRET numbers (14 digits identifying a French establishment), checked with the Luhn key that INSEE uses;
 * La Poste's establishments (SIREN 356 000 000) use instead a sum of digits divisible by 5.
 */
public final class Siret {

    private static final String LA_POSTE = "356000000";

    private Siret() {
    }

    /** The 14 digits without spaces, or null for a blank input; an {@link InvalidValue} naming no field if invalid. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String digits = raw.replaceAll("[\\s.\\u00a0-]", "");
        if (!digits.matches("\\d{14}")) {
            throw new InvalidValue(null, Message.of("siret.length"));
        }
        if (!(digits.startsWith(LA_POSTE) ? digitSum(digits) % 5 == 0 : luhn(digits))) {
            throw new InvalidValue(null, Message.of("siret.key"));
        }
        return digits;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
