package org.sillon.platform.entity;

import java.util.List;
import java.util.Locale;

/** The languages Sillon speaks, French first. */
public enum Language {
    FR(Locale.FRENCH), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : FR;
    }

    /**
     * The language an API caller prefers among Sillon's, from its {@code Accept-Language} header ("fr-FR,
     * fr;q=0.9" is French). English when the header is absent, malformed or names neither: the API spoke only
     * English before it spoke French, and its clients keep their texts.
     */
    public static Language accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), List.of(Locale.ENGLISH, Locale.FRENCH));
            return best == null ? EN : of(best);
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
    }
}
