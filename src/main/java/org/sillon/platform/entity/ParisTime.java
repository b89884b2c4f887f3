package org.sillon.platform.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Sillon's time zone and the conversions between instants and Paris days or times. It never says what time
 * it is: that is the injected {@code java.time.Clock} ({@code platform.control.ClockProducer}), whose zone is
 * this one, so that {@code LocalDate.now(clock)} is today in Paris. Entities and pages use these conversions
 * on values they are given, so they need no clock and no CDI.
 */
public final class ParisTime {

    /** Europe/Paris: every day, date and time Sillon shows or reasons about. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private ParisTime() {
    }

    /** The day it is in Paris at {@code instant}. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The date and time on a Paris wall clock at {@code instant}. */
    public static LocalDateTime dateTimeOf(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    /** The first instant of {@code day} in Paris (midnight, or the first hour that exists). */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /**
     * The instant a Paris wall-clock time stands for: in the hour skipped in spring, the time after the gap;
     * in the hour repeated in autumn, the earlier (summer-time) one, as {@code ZonedDateTime} resolves them.
     */
    public static Instant instantOf(LocalDateTime parisTime) {
        return parisTime.atZone(ZONE).toInstant();
    }
}
