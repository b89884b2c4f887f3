package org.sillon.platform.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for comparison and search: lower case, without accents or ligatures, punctuation turned into
 * single spaces. "Lefèvre", "LEFEVRE" and "le-fevre" fold to "lefevre", "lefevre" and "le fevre". Search
 * columns are stored folded and queries are folded the same way, so both sides always agree.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}@.+]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {
    }

    /** The folded text; null for null, "" for blank. Keeps letters, digits and the characters of emails. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String s = text.toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = NOT_WORD.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Several values folded and joined by spaces, skipping nulls and blanks: the content of a search column. */
    public static String foldAll(String... values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            String f = fold(v);
            if (f != null && !f.isEmpty()) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(f);
            }
        }
        return b.toString();
    }
}
