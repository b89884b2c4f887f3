package org.sillon.baskets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;

/**
 * An association's rules for its baskets: the cut-off after which a week is planned, and what becomes of an
 * absent household's basket, how many absences the price includes and how many a subscription may have. One row
 * per association, keyed by it (the policies show only the caller's); an association that never set them has
 * {@link #defaults}.
 */
@Entity
@Table(name = "basket_settings")
public class BasketSettings {

    @Id
    @Column(name = "association_id")
    private Long associationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "cut_off_day", nullable = false)
    private DayOfWeek cutOffDay;

    @Column(name = "cut_off_time", nullable = false)
    private LocalTime cutOffTime;

    @Column(name = "cut_off_weeks_before", nullable = false)
    private int cutOffWeeksBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "absence_handling", nullable = false)
    private AbsenceHandling absenceHandling;

    @Column(name = "absences_included", nullable = false)
    private int absencesIncluded;

    @Column(name = "absences_max", nullable = false)
    private int absencesMax;

    @Column(name = "weekly_capacity")
    private Integer weeklyCapacity;

    @Version
    private long version;

    protected BasketSettings() {
        // for JPA
    }

    /** Monday noon of the same week; absences credited, four included, eight at most per subscription. */
    public static BasketSettings defaults(long associationId) {
        BasketSettings s = new BasketSettings();
        s.associationId = associationId;
        s.cutOffDay = CutOff.MONDAY_NOON.day();
        s.cutOffTime = CutOff.MONDAY_NOON.time();
        s.absenceHandling = AbsenceHandling.CREDIT;
        s.absencesIncluded = 4;
        s.absencesMax = 8;
        return s;
    }

    /** The most baskets the garden makes up in a week, every point and round together. */
    public static final int MAX_WEEKLY_CAPACITY = 100_000;

    /** Sets every rule at once; all faults are refused together. A null weekly capacity is no limit. */
    public void set(CutOff cutOff, AbsenceHandling handling, Integer included, Integer max, Integer weekly) {
        InvalidValue.Checks checks = new InvalidValue.Checks();
        checks.check("cutOff", cutOff != null, Message.of("required"));
        checks.check("absenceHandling", handling != null, Message.of("required"));
        checks.check("absencesMax", max != null && max >= 0 && max <= IsoWeek.MAX_WEEKS_IN_YEAR,
                Message.of("between", 0, IsoWeek.MAX_WEEKS_IN_YEAR));
        checks.check("absencesIncluded", included != null && included >= 0 && (max == null || included <= max),
                Message.of("absence.includedOverMax"));
        checks.check("weeklyCapacity", weekly == null || weekly >= 1 && weekly <= MAX_WEEKLY_CAPACITY,
                Message.of("between", 1, MAX_WEEKLY_CAPACITY));
        checks.refuseIfAny();
        this.cutOffDay = cutOff.day();
        this.cutOffTime = cutOff.time();
        this.cutOffWeeksBefore = cutOff.weeksBefore();
        this.absenceHandling = handling;
        this.absencesIncluded = included;
        this.absencesMax = max;
        this.weeklyCapacity = weekly;
    }

    /** How many baskets the garden makes up in a week at most, every point together; empty for no limit. */
    public java.util.OptionalInt weeklyCapacity() {
        return weeklyCapacity == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(weeklyCapacity);
    }

    public CutOff cutOff() {
        return new CutOff(cutOffDay, cutOffTime, cutOffWeeksBefore);
    }

    public AbsenceHandling absenceHandling() {
        return absenceHandling;
    }

    public int absencesIncluded() {
        return absencesIncluded;
    }

    public int absencesMax() {
        return absencesMax;
    }

    public long version() {
        return version;
    }

    /** Whether these are stored, rather than the defaults of an association that never set them. */
    public boolean stored() {
        return version > 0;
    }
}
