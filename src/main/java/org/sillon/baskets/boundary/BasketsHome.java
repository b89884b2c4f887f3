package org.sillon.baskets.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sillon.baskets.boundary.Distributions.Distribution;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.baskets.entity.Subscription;
import org.sillon.people.boundary.Households;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.entity.IsoWeek;

/**
 * The baskets on the home page: this week's distribution for the garden team; the waiting list and the
 * subscriptions ending within four weeks for the animator.
 */
@Named
@RequestScoped
public class BasketsHome {

    /** How far ahead the animator sees subscriptions ending: time to call about a renewal. */
    static final int ENDING_WEEKS = 4;

    /** A subscription as the home page lists it; {@code reminded} once its household was reminded to renew. */
    public record Line(long householdId, String household, String point, String week, boolean reminded) {
    }

    @Inject
    Distributions distributions;

    @Inject
    Subscriptions subscriptions;

    @Inject
    DropOffPoints points;

    @Inject
    Households households;

    @Inject
    Clock clock;

    private Distribution thisWeek;

    public Distribution getThisWeek() {
        if (thisWeek == null) {
            thisWeek = distributions.of(IsoWeek.of(LocalDate.now(clock)));
        }
        return thisWeek;
    }

    // each list is read once a request: the page asks for it at each row it repeats, and again to know if it is empty
    private List<Line> waiting;
    private List<Line> ending;
    private List<Distributions.Uncollected> uncollected;

    /** The waiting list in the order asked, with the week each would start. */
    public List<Line> getWaiting() {
        if (waiting == null) {
            waiting = lines(subscriptions.waiting(), Subscription::firstWeek);
        }
        return waiting;
    }

    /** The active subscriptions whose last week comes within {@link #ENDING_WEEKS} weeks. */
    public List<Line> getEnding() {
        if (ending == null) {
            IsoWeek now = IsoWeek.of(LocalDate.now(clock));
            ending = lines(subscriptions.ending(now, now.plus(ENDING_WEEKS)), Subscription::lastWeek);
        }
        return ending;
    }

    @Inject
    UserSession user;

    /** Reminds the households of the subscriptions ending soon that have not been yet, then says how many. */
    public void remindRenewals() {
        if (!user.in(Audience.SUBSCRIPTION_EDITORS)) {
            Faces.error("form.readOnly");
            return;
        }
        Faces.info("home.reminded", subscriptions.remindRenewals(ENDING_WEEKS));
        ending = null; // read before the reminders, when the form was restored: the page shows them reminded
    }

    @Inject
    Duties duties;

    private List<Duties.Slot> gaps;

    /** The drop-off points' distributions of the next four weeks that nobody holds yet. */
    public List<Duties.Slot> getGaps() {
        if (gaps == null) {
            gaps = duties.rota(IsoWeek.of(LocalDate.now(clock)), ENDING_WEEKS).stream()
                    .filter(s -> s.gap() && !s.day().isBefore(LocalDate.now(clock))).toList();
        }
        return gaps;
    }

    /** Reminds the volunteers whose turn comes within a week, then says how many. */
    public void remindVolunteers() {
        if (!user.in(Audience.DELIVERY_EDITORS)) {
            Faces.error("form.readOnly");
            return;
        }
        Faces.info("home.remindedDuties", duties.remind());
    }

    /** The baskets left at their point in the last four weeks, for the animator to call about. */
    public List<Distributions.Uncollected> getUncollected() {
        if (uncollected == null) {
            IsoWeek now = IsoWeek.of(LocalDate.now(clock));
            uncollected = distributions.uncollected(now.plus(1L - ENDING_WEEKS), now);
        }
        return uncollected;
    }

    private List<Line> lines(List<Subscription> list, Function<Subscription, IsoWeek> week) {
        Map<Long, String> names = households.names(list.stream().map(Subscription::householdId).toList());
        Map<Long, String> pointNames = points.list().stream()
                .collect(Collectors.toMap(DropOffPoint::id, DropOffPoint::name));
        return list.stream().map(s -> new Line(s.householdId(), names.getOrDefault(s.householdId(), ""),
                pointNames.get(s.termIn(week.apply(s)).dropOffPointId()), week.apply(s).toString(),
                s.remindedAt() != null)).toList();
    }
}
