package org.sillon.baskets.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.baskets.entity.ExtraOrder;
import org.sillon.baskets.entity.Subscription;
import org.sillon.baskets.entity.SubscriptionTerm;
import org.sillon.ledger.boundary.Ledger;
import org.sillon.ledger.boundary.Payer;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Money;
import org.sillon.platform.entity.Message;

/**
 * A household's baskets on its page ({@code WEB-INF/includes/household-baskets.xhtml}): its subscriptions with what
 * they deliver this week and their pauses, its weeks away, its extras to come, what it owes; the office subscribes it,
 * declares it away, pauses it and adds or stops extras there.
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

    /** An extra order as the panel shows it; stoppable while the cut-off still reaches one of its weeks. */
    public record Extra(long subscriptionId, long id, String offer, int quantity, String weeks, boolean stoppable)
            implements Serializable {
    }

    @Inject
    Subscriptions subscriptions;

    @Inject
    Absences absences;

    @Inject
    Extras extras;

    @Inject
    BasketRules rules;

    @Inject
    Offers offers;

    @Inject
    DropOffPoints points;

    @Inject
    Ledger ledger;

    @Inject
    UserSession user;

    @Inject
    Prepaid prepaid;

    @Inject
    Clock clock;

    private Long householdId;
    // the forms' choices, read with the panel rather than at each evaluation of their lists
    private Map<String, Long> sizes;
    private Map<String, Long> extraOffers;
    private Map<String, Long> pointChoices;
    private List<Line> lines;
    private List<Away> away;
    private List<Extra> ordered;
    private BigDecimal owed;
    private Prepaid.Balance prepaidBalance;
    private BigDecimal topUpAmount;
    private String topUpReference;
    private String firstWeek;
    private String lastWeek;
    private Long sizeOfferId;
    private Long dropOffPointId;
    private String awayWeek;
    private String pauseFrom;
    private String pauseTo;
    private Long extraOfferId;
    private Integer extraQuantity = 1;
    private String extraFrom;
    private boolean extraEveryWeek;

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
        List<BasketOffer> catalogue = offers.list();
        Map<Long, String> offerNames = catalogue.stream().collect(Collectors.toMap(BasketOffer::id, BasketOffer::name));
        sizes = byName(catalogue, OfferKind.SIZE);
        extraOffers = byName(catalogue, OfferKind.EXTRA);
        List<DropOffPoint> dropOffPoints = points.list();
        Map<Long, String> pointNames = dropOffPoints.stream().collect(Collectors.toMap(DropOffPoint::id,
                DropOffPoint::name));
        pointChoices = dropOffPoints.stream().collect(Collectors.toMap(DropOffPoint::name, DropOffPoint::id, (a, b) -> a,
                java.util.LinkedHashMap::new));
        List<Subscription> held = subscriptions.ofHousehold(householdId);
        lines = held.stream().map(s -> {
            SubscriptionTerm t = s.termIn(now.compareTo(s.lastWeek()) > 0 ? s.lastWeek() : now);
            String basket = offerNames.get(t.sizeOfferId()) + t.optionIds().stream().map(offerNames::get).sorted()
                    .map(o -> " + " + o).collect(Collectors.joining());
            return new Line(s.id(), s.firstWeek() + " → " + s.lastWeek(), s.statusIn(now).name(), s.trial(), basket,
                    pointNames.get(t.dropOffPointId()), t.funderId() != null,
                    s.pauses().stream().map(p -> p.fromWeek() + " → " + p.toWeek()).toList());
        }).toList();
        away = absences.ofHousehold(householdId).stream().filter(a -> a.week().compareTo(now) >= 0)
                .map(a -> new Away(a.week().toString(), a.handling().name())).toList();
        ordered = extrasToCome(held, now, offerNames);
        owed = user.in(Audience.ACCOUNT_KEEPERS) ? ledger.owed(Payer.household(householdId), null).amount() : null;
        prepaidBalance = user.in(Audience.ACCOUNT_KEEPERS) ? prepaid.of(householdId).orElse(null) : null;
    }

    /** The extra orders with a week still to deliver, and whether the cut-off lets them be stopped. */
    private List<Extra> extrasToCome(List<Subscription> all, IsoWeek now, Map<Long, String> offerNames) {
        IsoWeek reachable = rules.firstReachableWeek();
        List<Extra> found = new ArrayList<>();
        for (Subscription s : all) {
            for (ExtraOrder e : extras.of(s.id())) {
                IsoWeek last = e.toWeek() == null ? s.lastWeek() : e.toWeek();
                if (last.compareTo(now) >= 0) {
                    found.add(new Extra(s.id(), e.id(), offerNames.get(e.offerId()), e.quantity(),
                            e.fromWeek().equals(last) ? last.toString() : e.fromWeek() + " → " + last,
                            last.compareTo(reachable) >= 0));
                }
            }
        }
        return found;
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

    /** Records money the household handed in for its prepaid baskets; a refusal is said beside its field. */
    public void topUp() {
        Faces.attempt(user.in(Audience.ACCOUNT_KEEPERS), "basketsTopUp", () -> {
            prepaid.topUp(householdId, topUpAmount == null ? null : Money.of(topUpAmount), topUpReference,
                    user.caller());
            Faces.info("householdBaskets.toppedUp", topUpAmount, topUpReference.strip());
            topUpAmount = null;
            topUpReference = null;
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

    /**
     * Adds the extra to the basket of the week typed, or of every week from it, on the household's subscription of
     * that week; out of stock is said beside the quantity.
     */
    public void orderExtra() {
        Faces.attempt(user.in(Audience.SUBSCRIPTION_EDITORS), "basketsExtras", () -> {
            IsoWeek from = ClosuresResource.week("fromWeek", extraFrom);
            Subscription s = subscriptions.ofHousehold(householdId).stream().filter(x -> x.covers(from)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("fromWeek", Message.of("absence.noDelivery", from)));
            extras.order(s.id(), extraOfferId, extraQuantity, from, extraEveryWeek, user.caller());
            Faces.info("householdBaskets.extraOrdered");
            extraOfferId = null;
            extraQuantity = 1;
            extraFrom = null;
            extraEveryWeek = false;
            read();
            return null;
        }, this::read);
    }

    /** Stops an extra order from the first week the cut-off reaches (one not begun is taken back). */
    public void stopExtra(long subscriptionId, long orderId) {
        Faces.attempt(user.in(Audience.SUBSCRIPTION_EDITORS), "basketsExtras", () -> {
            extras.stop(subscriptionId, orderId, user.caller());
            Faces.info("householdBaskets.extraStopped", rules.firstReachableWeek());
            read();
            return null;
        }, this::read);
    }

    /** The extras to add to a basket, by name. */
    public Map<String, Long> getExtraOffers() {
        return extraOffers;
    }

    /** The sizes to subscribe to, by name. */
    public Map<String, Long> getSizes() {
        return sizes;
    }

    private static Map<String, Long> byName(List<BasketOffer> catalogue, OfferKind kind) {
        return catalogue.stream().filter(o -> o.kind() == kind)
                .collect(Collectors.toMap(BasketOffer::name, BasketOffer::id, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The drop-off points and rounds, by name. */
    public Map<String, Long> getPoints() {
        return pointChoices;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<Away> getAway() {
        return away;
    }

    public List<Extra> getExtras() {
        return ordered;
    }

    public BigDecimal getOwed() {
        return owed;
    }

    /** The household's prepaid balance, for the treasurer; null when it has no prepaid subscription. */
    public Prepaid.Balance getPrepaid() {
        return prepaidBalance;
    }

    public BigDecimal getTopUpAmount() {
        return topUpAmount;
    }

    public void setTopUpAmount(BigDecimal topUpAmount) {
        this.topUpAmount = topUpAmount;
    }

    public String getTopUpReference() {
        return topUpReference;
    }

    public void setTopUpReference(String topUpReference) {
        this.topUpReference = topUpReference;
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

    public Long getExtraOfferId() {
        return extraOfferId;
    }

    public void setExtraOfferId(Long extraOfferId) {
        this.extraOfferId = extraOfferId;
    }

    public Integer getExtraQuantity() {
        return extraQuantity;
    }

    public void setExtraQuantity(Integer extraQuantity) {
        this.extraQuantity = extraQuantity;
    }

    public String getExtraFrom() {
        return extraFrom;
    }

    public void setExtraFrom(String extraFrom) {
        this.extraFrom = extraFrom;
    }

    public boolean isExtraEveryWeek() {
        return extraEveryWeek;
    }

    public void setExtraEveryWeek(boolean extraEveryWeek) {
        this.extraEveryWeek = extraEveryWeek;
    }
}
