package org.sillon.platform.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week, written {@code 2026-W49}: the unit the garden plans, delivers and bills in. Weeks start on
 * Monday; week 1 is the one holding the year's first Thursday, so a year has 52 or 53 weeks and its first and
 * last days may belong to the neighbouring year's weeks (31 December 2026 is in 2026-W53, 1 January 2027 too).
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    /** The most weeks an ISO year has. */
    public static final int MAX_WEEKS_IN_YEAR = 53;

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** Refuses a week the year does not have (2026-W54, 2027-W53, W00). */
    public IsoWeek {
        if (year < 1900 || year > 9999 || week < 1 || week > weeksIn(year)) {
            throw new InvalidValue("isoWeek", Message.of("isoWeek.invalid", String.format("%04d-W%02d", year, week)));
        }
    }

    /** The week written as {@code 2026-W49}; anything else is refused, naming the field {@code isoWeek}. */
    public static IsoWeek parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new InvalidValue("isoWeek", Message.of("isoWeek.shape", text == null ? "" : text.strip()));
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The week {@code day} falls in. */
    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** 53 for the years whose 1 January is a Thursday, or a Wednesday in a leap year; 52 otherwise. */
    public static int weeksIn(int year) {
        return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /** The date of {@code day} in this week. */
    public LocalDate day(DayOfWeek day) {
        return monday().plusDays(day.getValue() - 1L);
    }

    public boolean contains(LocalDate day) {
        return of(day).equals(this);
    }

    public IsoWeek plus(long weeks) {
        return of(monday().plusWeeks(weeks));
    }

    /** The number of weeks from this one to {@code other} (negative when {@code other} is earlier). */
    public long weeksUntil(IsoWeek other) {
        return ChronoUnit.WEEKS.between(monday(), other.monday());
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
