package org.sillon.baskets.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.ParisTime;

/**
 * The moment after which a change or an absence no longer reaches a week: a day and a Paris time, in that week
 * or {@code weeksBefore} weeks earlier (Monday 12:00 of the same week by default, when the garden plans its
 * harvest). The same wall-clock time all year: in the week summer time starts or ends, the cut-off is still
 * Monday noon in Paris, one hour earlier or later in UTC.
 */
public record CutOff(DayOfWeek day, LocalTime time, int weeksBefore) {

    public static final CutOff MONDAY_NOON = new CutOff(DayOfWeek.MONDAY, LocalTime.NOON, 0);

    /** The most weeks before its delivery's that the cut-off may fall. */
    public static final int MAX_WEEKS_BEFORE = 4;

    public CutOff {
        if (day == null || time == null) {
            throw new InvalidValue("cutOff", Message.of("required"));
        }
        if (weeksBefore < 0 || weeksBefore > MAX_WEEKS_BEFORE) {
            throw new InvalidValue("cutOff", Message.of("cutOff.weeksBefore", MAX_WEEKS_BEFORE));
        }
    }

    /** The last instant at which {@code week} can still be changed (exclusive). */
    public Instant deadlineOf(IsoWeek week) {
        return ParisTime.instantOf(week.plus(-weeksBefore).day(day).atTime(time));
    }

    /** Whether a change made at {@code now} still reaches {@code week}. */
    public boolean reaches(IsoWeek week, Instant now) {
        return now.isBefore(deadlineOf(week));
    }

    /** The first week a change made at {@code now} can reach. */
    public IsoWeek firstReachableWeek(Instant now) {
        IsoWeek week = IsoWeek.of(ParisTime.dayOf(now));
        while (!reaches(week, now)) {
            week = week.plus(1);
        }
        return week;
    }
}
