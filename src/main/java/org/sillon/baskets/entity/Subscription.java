package org.sillon.baskets.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.baskets.boundary.BasketChoice;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.IsoWeekConverter;
import org.sillon.platform.entity.Message;

/**
 * A household's weekly basket from its first to its last ISO week, both delivered unless closed or away. What
 * it delivers is its terms, each from a week on; a change adds a term, so the weeks already planned keep what
 * they had. Whether a change still reaches a week is the caller's cut-off, given as the first week it reaches.
 */
@Entity
@Table(name = "subscription")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Subscription {

    /** Two years: longer than any period an association sells; a typo in a year is refused. */
    public static final int MAX_WEEKS = 106;
    /** Half a year: the longest pause; a longer one is an ending. */
    public static final int MAX_PAUSE_WEEKS = 26;
    static final int MAX_REASON = 200;

    @Id
    @SequenceGenerator(name = "subscription_seq", sequenceName = "subscription_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_seq")
    private Long id;

    @Column(name = "household_id", nullable = false, updatable = false)
    private long householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubscriptionState state;

    @Column(name = "first_week", nullable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek firstWeek;

    @Column(name = "last_week", nullable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek lastWeek;

    @Column(name = "requested_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "ended_reason")
    private String endedReason;

    @Column(nullable = false, updatable = false)
    private boolean trial;

    @Column(name = "period_id", updatable = false)
    private Long periodId;

    // a household's subscriptions come with their pauses and terms (Subscriptions.ofHousehold): one query each
    @OneToMany(mappedBy = "subscription", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromWeek")
    @BatchFetch(BatchFetchType.IN)
    private List<Pause> pauses = new ArrayList<>();

    @Column(name = "reminded_at")
    @Convert(converter = InstantConverter.class)
    private Instant remindedAt;

    @Column(name = "prepaid_reminded_at")
    @Convert(converter = InstantConverter.class)
    private Instant prepaidRemindedAt;

    @OneToMany(mappedBy = "subscription", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromWeek")
    @BatchFetch(BatchFetchType.IN)
    private List<SubscriptionTerm> terms = new ArrayList<>();

    @Version
    private long version;

    protected Subscription() {
        // for JPA
    }

    /**
     * A subscription of {@code householdId} from {@code first} to {@code last}, active or waiting for a place;
     * its first week must be one the cut-off still reaches ({@code firstReachable}).
     */
    public Subscription(long householdId, IsoWeek first, IsoWeek last, BasketChoice choice, boolean waiting,
            IsoWeek firstReachable, String by, Instant now) {
        InvalidValue.Checks checks = new InvalidValue.Checks();
        checks.check("firstWeek", first != null, Message.of("required"));
        checks.check("lastWeek", last != null, Message.of("required"));
        checks.check("choice", choice != null, Message.of("required"));
        checks.refuseIfAny();
        checks.check("firstWeek", first.compareTo(firstReachable) >= 0,
                Message.of("subscription.pastCutOff", first, firstReachable));
        checks.check("lastWeek", last.compareTo(first) >= 0 && first.weeksUntil(last) < MAX_WEEKS,
                Message.of("subscription.weeks", first, MAX_WEEKS));
        checks.refuseIfAny();
        this.householdId = householdId;
        this.firstWeek = first;
        this.lastWeek = last;
        this.state = waiting ? SubscriptionState.WAITING : SubscriptionState.ACTIVE;
        this.requestedAt = now;
        this.requestedBy = by;
        this.terms.add(new SubscriptionTerm(this, first, choice, by, now));
    }

    /** Whether this subscription and the weeks {@code first} to {@code last} share a week it could deliver. */
    public boolean overlaps(IsoWeek first, IsoWeek last) {
        return state != SubscriptionState.ENDED && firstWeek.compareTo(last) <= 0 && lastWeek.compareTo(first) >= 0;
    }

    public boolean covers(IsoWeek week) {
        return firstWeek.compareTo(week) <= 0 && lastWeek.compareTo(week) >= 0;
    }

    /** Whether a basket is due in {@code week} (before closures and absences): not in a paused week. */
    public boolean delivers(IsoWeek week) {
        return state == SubscriptionState.ACTIVE && covers(week) && !paused(week);
    }

    /** Whether a pause holds the deliveries of {@code week}. */
    public boolean paused(IsoWeek week) {
        return pauses.stream().anyMatch(p -> p.covers(week));
    }

    /** Records the period the subscription was taken for (its weeks within it: the caller checks that). */
    public void forPeriod(long period) {
        this.periodId = period;
    }

    /** The period the subscription was taken for; null for weeks of its own. */
    public Long periodId() {
        return periodId;
    }

    /**
     * Makes this a trial basket: a single week, which the household takes before any subscription of its own
     * (the caller checks that).
     */
    public void markTrial() {
        if (!firstWeek.equals(lastWeek)) {
            throw new InvalidValue("lastWeek", Message.of("subscription.trialOneWeek", firstWeek));
        }
        this.trial = true;
    }

    /**
     * Pauses deliveries from {@code from} to {@code to}, both included, its place kept: weeks of its own the
     * cut-off still reaches, at most {@link #MAX_PAUSE_WEEKS}, overlapping no other pause.
     */
    public Pause pause(IsoWeek from, IsoWeek to, IsoWeek firstReachable, String by, Instant now) {
        requireNotEnded();
        InvalidValue.Checks checks = new InvalidValue.Checks();
        checks.check("fromWeek", from != null, Message.of("required"));
        checks.check("toWeek", to != null, Message.of("required"));
        checks.refuseIfAny();
        checks.check("state", state == SubscriptionState.ACTIVE, Message.of("pause.notActive"));
        checks.check("fromWeek", from.compareTo(firstReachable) >= 0,
                Message.of("subscription.pastCutOff", from, firstReachable));
        checks.check("fromWeek", covers(from), Message.of("subscription.outside", from, firstWeek, lastWeek));
        checks.check("toWeek", to.compareTo(from) >= 0 && covers(to) && from.weeksUntil(to) < MAX_PAUSE_WEEKS,
                Message.of("pause.weeks", from, lastWeek, MAX_PAUSE_WEEKS));
        checks.refuseIfAny();
        pauses.stream().filter(p -> p.overlaps(from, to)).findFirst().ifPresent(p -> {
            throw new InvalidValue("fromWeek", Message.of("pause.overlap", p.fromWeek(), p.toWeek()));
        });
        Pause pause = new Pause(this, from, to, by, now);
        pauses.add(pause);
        pauses.sort(Comparator.comparing(Pause::fromWeek));
        return pause;
    }

    /**
     * Resumes deliveries from the first week the cut-off reaches: a pause not begun yet is taken back, one under
     * way ends the week before. Refused for a pause over already.
     */
    public void resume(long pauseId, IsoWeek firstReachable, String by, Instant now) {
        Pause pause = pauses.stream().filter(p -> p.id() != null && p.id() == pauseId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pause " + pauseId));
        if (pause.toWeek().compareTo(firstReachable) < 0) {
            throw new InvalidValue("pauseId", Message.of("pause.over", pause.toWeek()));
        }
        if (pause.fromWeek().compareTo(firstReachable) >= 0) {
            pauses.remove(pause);
        } else {
            pause.endAfter(firstReachable.plus(-1), by, now);
        }
    }

    public SubscriptionStatus statusIn(IsoWeek week) {
        return switch (state) {
            case WAITING -> SubscriptionStatus.WAITING;
            case ENDED -> SubscriptionStatus.ENDED;
            case ACTIVE -> week.compareTo(firstWeek) < 0 ? SubscriptionStatus.PENDING
                    : week.compareTo(lastWeek) > 0 ? SubscriptionStatus.ENDED
                    : paused(week) ? SubscriptionStatus.PAUSED : SubscriptionStatus.ACTIVE;
        };
    }

    /** The term in force in {@code week}: the latest one starting on or before it (the first before it starts). */
    public SubscriptionTerm termIn(IsoWeek week) {
        SubscriptionTerm found = terms.get(0);
        for (SubscriptionTerm t : terms) {
            if (t.fromWeek().compareTo(week) <= 0) {
                found = t;
            }
        }
        return found;
    }

    /**
     * Delivers {@code choice} from {@code from} on, replacing a term that starts that very week; later terms stay.
     * Refused for an ended subscription, a week outside its own, or one the cut-off no longer reaches.
     */
    public SubscriptionTerm changeFrom(IsoWeek from, BasketChoice choice, IsoWeek firstReachable, String by,
            Instant now) {
        requireNotEnded();
        if (from == null) {
            throw new InvalidValue("fromWeek", Message.of("required"));
        }
        if (from.compareTo(firstReachable) < 0) {
            throw new InvalidValue("fromWeek", Message.of("subscription.pastCutOff", from, firstReachable));
        }
        if (!covers(from)) {
            throw new InvalidValue("fromWeek", Message.of("subscription.outside", from, firstWeek, lastWeek));
        }
        Optional<SubscriptionTerm> same = terms.stream().filter(t -> t.fromWeek().equals(from)).findFirst();
        if (same.isPresent()) {
            same.get().choose(choice, by, now);
            return same.get();
        }
        SubscriptionTerm term = new SubscriptionTerm(this, from, choice, by, now);
        terms.add(term);
        relinkTerms();
        return term;
    }

    /**
     * Makes {@code last} the last week delivered, earlier or later than planned; a week before the first ends a
     * subscription that never delivered, as does ending one still waiting. The weeks given up must all be ones
     * the cut-off still reaches.
     */
    public void endAfter(IsoWeek last, String reason, IsoWeek firstReachable) {
        requireNotEnded();
        String r = reason == null ? null : reason.strip();
        InvalidValue.Checks checks = new InvalidValue.Checks();
        checks.check("lastWeek", last != null, Message.of("required"));
        checks.check("reason", r == null || r.length() <= MAX_REASON, Message.of("max.length", MAX_REASON));
        checks.refuseIfAny();
        IsoWeek firstGivenUp = last.plus(1);
        if (firstGivenUp.compareTo(firstReachable) < 0 && firstGivenUp.compareTo(lastWeek) <= 0) {
            throw new InvalidValue("lastWeek", Message.of("subscription.pastCutOff", firstGivenUp, firstReachable));
        }
        if (firstWeek.weeksUntil(last) >= MAX_WEEKS) {
            throw new InvalidValue("lastWeek", Message.of("subscription.weeks", firstWeek, MAX_WEEKS));
        }
        this.endedReason = r == null || r.isEmpty() ? null : r;
        this.remindedAt = null; // a new last week is reminded afresh
        if (state == SubscriptionState.WAITING || last.compareTo(firstWeek) < 0) {
            this.state = SubscriptionState.ENDED;
        } else {
            this.lastWeek = last;
            terms.removeIf(t -> t.fromWeek().compareTo(last) > 0);
            relinkTerms();
            pauses.removeIf(p -> p.fromWeek().compareTo(last) > 0);
            pauses.stream().filter(p -> p.toWeek().compareTo(last) > 0).forEach(p -> p.trimTo(last));
        }
    }

    /** Gives a waiting subscription its place: it delivers from its first week. */
    public void admit(IsoWeek firstReachable) {
        if (state != SubscriptionState.WAITING) {
            throw new InvalidValue("state", Message.of("subscription.notWaiting"));
        }
        if (firstWeek.compareTo(firstReachable) < 0) {
            throw new InvalidValue("firstWeek", Message.of("subscription.pastCutOff", firstWeek, firstReachable));
        }
        this.state = SubscriptionState.ACTIVE;
    }

    /** Records that the household was reminded of its last week; once per last week. */
    public void reminded(Instant now) {
        if (state != SubscriptionState.ACTIVE || remindedAt != null) {
            throw new IllegalStateException("subscription " + id + " is not one to remind");
        }
        this.remindedAt = now;
    }

    /**
     * Whether the household should be told now that its prepaid balance runs low: not yet told, or told before
     * its latest top-up ({@code lastTopUp}, null if none).
     */
    public boolean prepaidReminderDue(Instant lastTopUp) {
        return state == SubscriptionState.ACTIVE && (prepaidRemindedAt == null
                || lastTopUp != null && lastTopUp.isAfter(prepaidRemindedAt));
    }

    /** Records that the household was told its prepaid balance runs low. */
    public void prepaidReminded(Instant now) {
        this.prepaidRemindedAt = now;
    }

    /** When the household was last told that its prepaid balance runs low; null if never. */
    public Instant prepaidRemindedAt() {
        return prepaidRemindedAt;
    }

    /** When the household was reminded of its current last week; null until then. */
    public Instant remindedAt() {
        return remindedAt;
    }

    /** Orders the terms and has each run until the next one starts. */
    private void relinkTerms() {
        terms.sort(Comparator.comparing(SubscriptionTerm::fromWeek));
        for (int i = 0; i < terms.size(); i++) {
            terms.get(i).runsUntil(i + 1 < terms.size() ? terms.get(i + 1).fromWeek() : null);
        }
    }

    private void requireNotEnded() {
        if (state == SubscriptionState.ENDED) {
            throw new InvalidValue("state", Message.of("subscription.ended"));
        }
    }

    /** The fields the audit trail compares before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("householdId", householdId);
        s.put("state", state);
        s.put("firstWeek", firstWeek.toString());
        s.put("lastWeek", lastWeek.toString());
        s.put("endedReason", endedReason);
        s.put("pauses", pauses.stream().map(p -> p.fromWeek() + "/" + p.toWeek()).toList());
        return s;
    }

    public Long id() {
        return id;
    }

    public long householdId() {
        return householdId;
    }

    public SubscriptionState state() {
        return state;
    }

    public IsoWeek firstWeek() {
        return firstWeek;
    }

    public IsoWeek lastWeek() {
        return lastWeek;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String endedReason() {
        return endedReason;
    }

    public List<SubscriptionTerm> terms() {
        return List.copyOf(terms);
    }

    public List<Pause> pauses() {
        return List.copyOf(pauses);
    }

    public boolean trial() {
        return trial;
    }

    public long version() {
        return version;
    }
}
