package org.sillon.baskets.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sillon.baskets.entity.AbsenceHandling;
import org.sillon.baskets.entity.BasketSettings;
import org.sillon.baskets.entity.CutOff;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.ProblemException;

/**
 * The basket rules page: the whole team reads the association's cut-off and absence policy, each explained;
 * administrators change them.
 */
@Named
@ViewScoped
public class BasketRulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BasketRules rules;

    @Inject
    UserSession user;

    private long version;
    private DayOfWeek cutOffDay;
    private LocalTime cutOffTime;
    private int cutOffWeeksBefore;
    private AbsenceHandling absenceHandling;
    private Integer absencesIncluded;
    private Integer absencesMax;
    private Integer weeklyCapacity;

    @PostConstruct
    void read() {
        BasketSettings s = rules.settings();
        version = s.version();
        CutOff c = s.cutOff();
        cutOffDay = c.day();
        cutOffTime = c.time();
        cutOffWeeksBefore = c.weeksBefore();
        absenceHandling = s.absenceHandling();
        absencesIncluded = s.absencesIncluded();
        absencesMax = s.absencesMax();
        weeklyCapacity = s.weeklyCapacity().isPresent() ? s.weeklyCapacity().getAsInt() : null;
    }

    /** Saves every rule at once if no one changed them meanwhile; each refusal is said beside its field. */
    public void save() {
        Faces.attempt(isEditable(), "rules", () -> {
            CutOff cutOff = ProblemException.onField("cutOff", () -> new CutOff(cutOffDay, cutOffTime,
                    cutOffWeeksBefore));
            rules.set(version, new BasketRules.Rules(cutOff, absenceHandling, absencesIncluded, absencesMax,
                    weeklyCapacity));
            Faces.info("form.saved");
            read();
            return null;
        }, this::read);
    }

    /** Administrators change the rules; the rest of the team reads them. */
    public boolean isEditable() {
        return user.in(Audience.ADMINS);
    }

    /** The days of the week, named in the person's language. */
    public Map<String, DayOfWeek> getDays() {
        Map<String, DayOfWeek> days = new LinkedHashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            days.put(dayName(d), d);
        }
        return days;
    }

    /** The weeks the cut-off may fall before its delivery's: the same week, one week before... */
    public Map<String, Integer> getWeeksBefore() {
        Map<String, Integer> weeks = new LinkedHashMap<>();
        IntStream.rangeClosed(0, CutOff.MAX_WEEKS_BEFORE).forEach(n -> weeks.put(weeksBeforeName(n), n));
        return weeks;
    }

    public List<AbsenceHandling> getHandlings() {
        return List.of(AbsenceHandling.values());
    }

    /** The cut-off in words, for those who read it: "lundi à 12:00, la semaine même". */
    public String getCutOffText() {
        return Faces.text("rules.cutOffText", dayName(cutOffDay), cutOffTime.toString(),
                weeksBeforeName(cutOffWeeksBefore));
    }

    private String dayName(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, user.getLocale());
    }

    private static String weeksBeforeName(int n) {
        return n == 0 ? Faces.text("rules.sameWeek") : Faces.text("rules.weeksBefore", n);
    }

    public DayOfWeek getCutOffDay() {
        return cutOffDay;
    }

    public void setCutOffDay(DayOfWeek cutOffDay) {
        this.cutOffDay = cutOffDay;
    }

    public LocalTime getCutOffTime() {
        return cutOffTime;
    }

    public void setCutOffTime(LocalTime cutOffTime) {
        this.cutOffTime = cutOffTime;
    }

    public int getCutOffWeeksBefore() {
        return cutOffWeeksBefore;
    }

    public void setCutOffWeeksBefore(int cutOffWeeksBefore) {
        this.cutOffWeeksBefore = cutOffWeeksBefore;
    }

    public AbsenceHandling getAbsenceHandling() {
        return absenceHandling;
    }

    public void setAbsenceHandling(AbsenceHandling absenceHandling) {
        this.absenceHandling = absenceHandling;
    }

    public Integer getAbsencesIncluded() {
        return absencesIncluded;
    }

    public void setAbsencesIncluded(Integer absencesIncluded) {
        this.absencesIncluded = absencesIncluded;
    }

    public Integer getAbsencesMax() {
        return absencesMax;
    }

    public void setAbsencesMax(Integer absencesMax) {
        this.absencesMax = absencesMax;
    }

    public Integer getWeeklyCapacity() {
        return weeklyCapacity;
    }

    public void setWeeklyCapacity(Integer weeklyCapacity) {
        this.weeklyCapacity = weeklyCapacity;
    }
}
