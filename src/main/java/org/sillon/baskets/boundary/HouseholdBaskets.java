package org.sillon.baskets.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.baskets.entity.Subscription;
import org.sillon.baskets.entity.SubscriptionTerm;
import org.sillon.ledger.boundary.Ledger;
import org.sillon.ledger.boundary.Payer;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;

/**
 * A household's baskets on its page ({@code WEB-INF/includes/household-baskets.xhtml}): its subscriptions with what
 * they deliver this week and their pauses, its weeks away, what it owes; the office subscribes it and declares it
 * away there.
 */
@Named
@ViewScoped
public class HouseholdBaskets implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A subscription as the panel shows it. */
    public record Line(long id, String weeks, String status, boolean trial, String basket, String point,
            boolean solidarity, List<String> pauses) implements Serializable {
    }

    /** A week away as the panel shows it. */
    public record Away(String week, String handling) implements Serializable {
    }

    @Inject
    Subscriptions subscriptions;

    @Inject
    Absences absences;

    @Inject
    Offers offers;

    @Inject
    DropOffPoints points;

    @Inject
    Ledger ledger;

    @Inject
    UserSession user;

    @Inject
    Clock clock;

    private Long householdId;
    private List<Line> lines;
    private List<Away> away;
    private BigDecimal owed;
    private String firstWeek;
    private String lastWeek;
    private Long sizeOfferId;
    private Long dropOffPointId;
    private String awayWeek;
    private String pauseFrom;
    private String pauseTo;

    /** Binds the panel to the page's household; answers whether there is one (a new household has no id yet). */
    public boolean show(Long id) {
        if (id != null && !id.equals(householdId)) {
            householdId = id;
            read();
        }
        return id != null;
    }

    private void read() {
        IsoWeek now = IsoWeek.of(LocalDate.now(clock));
        Map<Long, String> offerNames = offers.list().stream().collect(Collectors.toMap(BasketOffer::id,
                BasketOffer::name));
        Map<Long, String> pointNames = points.list().stream().collect(Collectors.toMap(DropOffPoint::id,
                DropOffPoint::name));
        lines = subscriptions.ofHousehold(householdId).stream().map(s -> {
            SubscriptionTerm t = s.termIn(now.compareTo(s.lastWeek()) > 0 ? s.lastWeek() : now);
            String basket = offerNames.get(t.sizeOfferId()) + t.optionIds().stream().map(offerNames::get).sorted()
                    .map(o -> " + " + o).collect(Collectors.joining());
            return new Line(s.id(), s.firstWeek() + " → " + s.lastWeek(), s.statusIn(now).name(), s.trial(), basket,
                    pointNames.get(t.dropOffPointId()), t.funderId() != null,
                    s.pauses().stream().map(p -> p.fromWeek() + " → " + p.toWeek()).toList());
        }).toList();
        away = absences.ofHousehold(householdId).stream().filter(a -> a.week().compareTo(now) >= 0)
                .map(a -> new Away(a.week().toString(), a.handling().name())).toList();
        owed = user.in(Audience.ACCOUNT_KEEPERS) ? ledger.owed(Payer.household(householdId), null).amount() : null;
    }

    /** Subscribes the household from the weeks and choice typed; a refusal is said beside its field. */
    public void subscribe() {
        Faces.attempt(user.in(Audience.SUBSCRIPTION_EDITORS), "basketsNew", () -> {
            IsoWeek first = ClosuresResource.week("firstWeek", firstWeek);
            IsoWeek last = ClosuresResource.week("lastWeek", lastWeek);
            subscriptions.subscribe(new Subscriptions.Request(householdId, first, last,
                    ProblemException.onField("body", () -> new BasketChoice(sizeOfferId, dropOffPointId, null))),
                    false, user.caller());
            Faces.info("householdBaskets.subscribed");
            firstWeek = null;
            lastWeek = null;
            read();
            return null;
        }, this::read);
    }

    /** Declares the household away in the week typed. */
    public void declareAway() {
        Faces.attempt(user.in(Audience.SUBSCRIPTION_EDITORS), "basketsAway", () -> {
            absences.declare(householdId, ClosuresResource.week("week", awayWeek), null, user.caller());
            Faces.info("householdBaskets.away", awayWeek.strip());
            awayWeek = null;
            read();
            return null;
        }, this::read);
    }

    /** Pauses the household's subscription of those weeks (no basket, no charge, its place kept). */
    public void pause() {
        Faces.attempt(user.in(Audience.SUBSCRIPTION_EDITORS), "basketsPause", () -> {
            IsoWeek from = ClosuresResource.week("fromWeek", pauseFrom);
            IsoWeek to = ClosuresResource.week("toWeek", pauseTo);
            Subscription s = subscriptions.ofHousehold(householdId).stream().filter(x -> x.delivers(from)
                    || x.covers(from) && x.paused(from)).findFirst().orElseThrow(() -> ProblemException.invalid(
                            "fromWeek", Message.of("absence.noDelivery", from)));
            subscriptions.pause(s.id(), s.version(), from, to, user.caller());
            Faces.info("householdBaskets.paused", from, to);
            pauseFrom = null;
            pauseTo = null;
            read();
            return null;
        }, this::read);
    }

    /** The sizes to subscribe to, by name. */
    public Map<String, Long> getSizes() {
        return offers.list().stream().filter(o -> o.kind() == OfferKind.SIZE)
                .collect(Collectors.toMap(BasketOffer::name, BasketOffer::id, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The drop-off points and rounds, by name. */
    public Map<String, Long> getPoints() {
        return points.list().stream().collect(Collectors.toMap(DropOffPoint::name, DropOffPoint::id, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<Away> getAway() {
        return away;
    }

    public BigDecimal getOwed() {
        return owed;
    }

    public String getFirstWeek() {
        return firstWeek;
    }

    public void setFirstWeek(String firstWeek) {
        this.firstWeek = firstWeek;
    }

    public String getLastWeek() {
        return lastWeek;
    }

    public void setLastWeek(String lastWeek) {
        this.lastWeek = lastWeek;
    }

    public Long getSizeOfferId() {
        return sizeOfferId;
    }

    public void setSizeOfferId(Long sizeOfferId) {
        this.sizeOfferId = sizeOfferId;
    }

    public Long getDropOffPointId() {
        return dropOffPointId;
    }

    public void setDropOffPointId(Long dropOffPointId) {
        this.dropOffPointId = dropOffPointId;
    }

    public String getPauseFrom() {
        return pauseFrom;
    }

    public void setPauseFrom(String pauseFrom) {
        this.pauseFrom = pauseFrom;
    }

    public String getPauseTo() {
        return pauseTo;
    }

    public void setPauseTo(String pauseTo) {
        this.pauseTo = pauseTo;
    }

    public String getAwayWeek() {
        return awayWeek;
    }

    public void setAwayWeek(String awayWeek) {
        this.awayWeek = awayWeek;
    }
}
