package org.sillon.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.sillon.platform.entity.ParisTime;

/**
 * Instants and days as pages show them, in Paris time, e.g. {@code #{moments.dateTime(note.writtenAt())}}: the
 * standard date converter formats only java.util.Date and local or zoned java.time values.
 */
@Named("moments")
@ApplicationScoped
public class Moments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ParisTime.ZONE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ParisTime.ZONE);

    /** A calendar day, day first. */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
