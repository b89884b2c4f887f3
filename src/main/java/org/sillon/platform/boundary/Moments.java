package org.sillon.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.sillon.platform.entity.ParisTime;

/**
 * Instants and days as every page shows them, in Paris time, e.g. {@code #{moments.dateTime(note.writtenAt())}}:
 * a day as 01/12/2026 in both languages, a moment as "01/12/2026 à 14:05" in French and "01/12/2026 14:05"
 * in English. The standard date converter formats only java.util.Date and local or zoned java.time values.
 */
@Named("moments")
@ApplicationScoped
public class Moments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** A calendar day, day first. */
    public String day(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** The Paris day of an instant. */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(ParisTime.dayOf(instant));
    }

    /** An instant as a date and time on a Paris wall clock, in the page's language. */
    public String dateTime(Instant instant) {
        return dateTime(instant, pageLocale());
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : dateTime(ParisTime.dateTimeOf(instant), locale);
    }

    public static String dateTime(LocalDateTime parisTime, Locale locale) {
        if (parisTime == null) {
            return "";
        }
        return ("en".equals(locale.getLanguage()) ? ENGLISH : FRENCH).format(parisTime);
    }

    /**
     * A value stored as text (an audit trail's), shown as a day or a moment when it is one in ISO form
     * ("2026-12-01", "2026-12-01T13:05:00Z"), as is otherwise.
     */
    public static String text(String value, Locale locale) {
        if (value == null || value.length() < 10 || !Character.isDigit(value.charAt(0))) {
            return value;
        }
        try {
            return value.length() == 10 ? DATE.format(LocalDate.parse(value)) : dateTime(Instant.parse(value), locale);
        } catch (DateTimeParseException notAMoment) {
            return value;
        }
    }

    private static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
    }
}
