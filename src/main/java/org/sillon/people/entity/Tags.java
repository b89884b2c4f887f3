package org.sillon.people.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

/**
 * The rules of a person's tags: trimmed, inner whitespace collapsed, at most {@value #MAX} characters, one
 * per person whatever the case, spelt as first written ("Bio" stays "Bio" when "bio" comes later).
 */
public final class Tags {

    public static final int MAX = 40;

    private Tags() {
    }

    /** One tag as stored; null for a blank one; refuses one too long, naming the field "tags". */
    public static String normalise(String tag) {
        String t = collapse(tag);
        if (t == null) {
            return null;
        }
        if (t.length() > MAX) {
            throw new InvalidValue("tags", Message.of("tag.length", MAX));
        }
        return t;
    }

    /** The key to look a tag up by, as typed in a filter (any length); null for a blank one. */
    public static String searchKey(String typed) {
        String t = collapse(typed);
        return t == null ? null : key(t);
    }

    private static String collapse(String tag) {
        String t = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    /** The key that makes two tags the same one. */
    public static String key(String tag) {
        return tag.toLowerCase(Locale.ROOT);
    }

    /**
     * {@code wanted} normalised, blanks and repeats dropped; a tag already in {@code kept} keeps that
     * spelling, otherwise the first spelling in {@code wanted} wins. The order of {@code wanted} is kept.
     */
    public static List<String> merge(Collection<String> kept, Collection<String> wanted) {
        Map<String, String> spelling = new LinkedHashMap<>();
        kept.forEach(k -> spelling.putIfAbsent(key(k), k));
        Map<String, String> result = new LinkedHashMap<>();
        if (wanted != null) {
            for (String w : wanted) {
                String t = normalise(w);
                if (t != null) {
                    result.putIfAbsent(key(t), spelling.getOrDefault(key(t), t));
                }
            }
        }
        return new ArrayList<>(result.values());
    }
}
