package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sillon.association.boundary.Associations;
import org.sillon.baskets.entity.CutOff;
import org.sillon.baskets.entity.DeliveryCalendar;
import org.sillon.baskets.entity.DeliveryClosure;
import org.sillon.baskets.entity.Pause;
import org.sillon.baskets.entity.Subscription;
import org.sillon.baskets.entity.SubscriptionState;
import org.sillon.baskets.entity.SubscriptionTerm;
import org.sillon.mailing.boundary.Outbox;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.PersonCard;
import org.sillon.people.boundary.Persons;
import org.sillon.people.boundary.Households.Addressee;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.Money;

/**
 * What the association writes to a household about its baskets: a subscription started, waiting for a place,
 * changed or ending, and a closed week announced. Written to the household's main contact in their language,
 * through the outbox, so that nothing is sent unless the change commits; a household without an email address
 * is not written to.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BasketNotices {

    @Inject
    Outbox outbox;

    @Inject
    Households households;

    @Inject
    Persons persons;

    @Inject
    Offers offers;

    @Inject
    DropOffPoints points;

    @Inject
    DeliveryCalendars calendars;

    @Inject
    BasketRules rules;

    @Inject
    Associations associations;

    /** A subscription that delivers (taken, or admitted from the waiting list). */
    public void started(Subscription s) {
        SubscriptionTerm term = s.termIn(s.firstWeek());
        write(s.householdId(), "subscription-started", (a, values) -> {
            values.put("basket", basket(term));
            values.put("point", points.find(term.dropOffPointId()).name());
            values.put("firstWeek", s.firstWeek().toString());
            values.put("firstDelivery", firstDelivery(term.dropOffPointId(), s.firstWeek(), a.language()));
            values.put("lastWeek", s.lastWeek().toString());
            values.put("cutOff", cutOff(rules.cutOff(), a.language()));
        });
    }

    /** A subscription put on its drop-off point's waiting list, at {@code position} (1 for the first in line). */
    public void waiting(Subscription s, int position) {
        SubscriptionTerm term = s.termIn(s.firstWeek());
        write(s.householdId(), "subscription-waiting", (a, values) -> {
            values.put("basket", basket(term));
            values.put("point", points.find(term.dropOffPointId()).name());
            values.put("firstWeek", s.firstWeek().toString());
            values.put("lastWeek", s.lastWeek().toString());
            values.put("position", Integer.toString(position));
        });
    }

    /** A change of what the subscription delivers from {@code term}'s week on. */
    public void changed(Subscription s, SubscriptionTerm term) {
        write(s.householdId(), "subscription-changed", (a, values) -> {
            values.put("basket", basket(term));
            values.put("point", points.find(term.dropOffPointId()).name());
            values.put("fromWeek", term.fromWeek().toString());
            values.put("firstDelivery", firstDelivery(term.dropOffPointId(), term.fromWeek(), a.language()));
        });
    }

    /** A subscription given a new last week (ended earlier, or renewed later), or cancelled before it delivered. */
    public void ending(Subscription s) {
        boolean cancelled = s.state() == SubscriptionState.ENDED;
        write(s.householdId(), cancelled ? "subscription-cancelled" : "subscription-ending", (a, values) -> {
            values.put("firstWeek", s.firstWeek().toString());
            values.put("lastWeek", s.lastWeek().toString());
            values.put("reasonLine", s.endedReason() == null ? "" : "\n\n« " + s.endedReason() + " »");
        });
    }

    /** A pause of the deliveries, from its first week to its last. */
    public void paused(Subscription s, Pause pause) {
        write(s.householdId(), "subscription-paused", (a, values) -> {
            values.put("fromWeek", pause.fromWeek().toString());
            values.put("toWeek", pause.toWeek().toString());
            values.put("backWeek", pause.toWeek().plus(1).toString());
        });
    }

    /** A reminder that the subscription ends with its last week, for the household to renew in time. */
    public void renewal(Subscription s) {
        SubscriptionTerm term = s.termIn(s.lastWeek());
        write(s.householdId(), "subscription-renewal", (a, values) -> {
            values.put("basket", basket(term));
            values.put("point", points.find(term.dropOffPointId()).name());
            values.put("lastWeek", s.lastWeek().toString());
        });
    }

    /**
     * Tells the household that its prepaid balance runs low: what is left and, when priced, what a basket costs,
     * amounts written as its language writes them.
     */
    public void prepaidLow(Subscription s, Money balance, Money basketPrice) {
        write(s.householdId(), "prepaid-low", (a, values) -> {
            values.put("balance", euros(balance, a.language()));
            values.put("basketPrice", basketPrice == null ? "-" : euros(basketPrice, a.language()));
            values.put("baskets", Integer.toString(Prepaid.LOW_BASKETS));
        });
    }

    private static String euros(Money amount, Language language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(Currency.getInstance(Money.CURRENCY));
        return format.format(amount.amount());
    }

    /** Reminds a volunteer of their turn at a point; false when the person has no email address. */
    public boolean duty(long personId, Duties.Slot slot) {
        Optional<PersonCard> card = persons.cards(java.util.Set.of(personId)).stream()
                .filter(c -> c.email() != null && !c.erased()).findFirst();
        if (card.isEmpty()) {
            return false;
        }
        PersonCard c = card.get();
        Map<String, String> values = new HashMap<>();
        values.put("name", c.firstName() + " " + c.lastName());
        values.put("association", associations.currentName().orElse("Sillon"));
        values.put("point", slot.point());
        values.put("day", slot.day().format(DateTimeFormatter.ofPattern("EEEE d MMMM", c.language().locale())));
        values.put("week", slot.week());
        outbox.queue(c.email(), c.firstName() + " " + c.lastName(), "duty-reminder", c.language(), values);
        return true;
    }

    /** The closure of a week, to the households whose basket it takes away; answers how many were written to. */
    public int closure(DeliveryClosure closure, List<Long> householdIds) {
        List<Addressee> to = households.addressees(householdIds);
        String association = associations.currentName().orElse("Sillon");
        for (Addressee a : to) {
            DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", a.language().locale());
            Map<String, String> values = common(a, association);
            values.put("week", closure.week().toString());
            values.put("monday", closure.week().monday().format(day));
            values.put("sunday", closure.week().day(DayOfWeek.SUNDAY).format(day));
            values.put("reason", closure.reason() == null
                    ? (a.language() == Language.FR ? "le jardin est fermé" : "the garden is closed")
                    : closure.reason());
            outbox.queue(a.email(), a.name(), "closure-announced", a.language(), values);
        }
        return to.size();
    }

    /**
     * The week's letter to each household with a basket in {@code week}: the products of its own size (from
     * {@code contents}, by size name), its delivery day and place, and the news; answers how many were written to.
     */
    public int letter(Distributions.Distribution week, String news, Map<String, List<ContentLine>> contents) {
        Map<Long, Distributions.Basket> baskets = new java.util.LinkedHashMap<>();
        Map<Long, Distributions.PointSheet> where = new HashMap<>();
        for (Distributions.PointSheet p : week.points()) {
            for (Distributions.Basket b : p.baskets()) {
                baskets.putIfAbsent(b.householdId(), b);
                where.putIfAbsent(b.householdId(), p);
            }
        }
        String association = associations.currentName().orElse("Sillon");
        List<Addressee> to = households.addressees(baskets.keySet());
        for (Addressee a : to) {
            Distributions.Basket b = baskets.get(a.householdId());
            Distributions.PointSheet p = where.get(a.householdId());
            Map<String, String> values = common(a, association);
            values.put("week", week.week());
            values.put("basket", b.size());
            values.put("point", p.name());
            values.put("day", p.day() == null ? week.week()
                    : p.day().format(DateTimeFormatter.ofPattern("EEEE d MMMM", a.language().locale())));
            values.put("lines", contents.getOrDefault(b.size(), List.of()).stream().map(l -> "- " + l.product()
                    + (l.quantity() == null ? "" : ", " + l.quantity())
                    + (l.origin() == null ? "" : " (" + l.origin() + ")")).collect(java.util.stream.Collectors
                            .joining("\n")));
            values.put("news", news == null ? "" : "\n" + news + "\n");
            outbox.queue(a.email(), a.name(), "week-letter", a.language(), values);
        }
        return to.size();
    }

    @FunctionalInterface
    private interface Values {
        void add(Addressee to, Map<String, String> values);
    }

    private void write(long householdId, String template, Values values) {
        for (Addressee a : households.addressees(List.of(householdId))) {
            Map<String, String> v = common(a, associations.currentName().orElse("Sillon"));
            values.add(a, v);
            outbox.queue(a.email(), a.name(), template, a.language(), v);
        }
    }

    private static Map<String, String> common(Addressee a, String association) {
        Map<String, String> values = new HashMap<>();
        values.put("name", a.name());
        values.put("household", a.householdName());
        values.put("association", association);
        return values;
    }

    /** The size and its options: "Panier standard + Fruits, Œufs". */
    private String basket(SubscriptionTerm term) {
        Collator french = Collator.getInstance(java.util.Locale.FRENCH);
        List<String> options = term.optionIds().stream().map(id -> offers.find(id).name()).sorted(french).toList();
        String size = offers.find(term.sizeOfferId()).name();
        return options.isEmpty() ? size : size + " + " + String.join(", ", options);
    }

    /** The day of the first basket from {@code week} on at the point, past closed weeks: "jeudi 10 décembre 2026". */
    private String firstDelivery(long pointId, IsoWeek week, Language language) {
        DeliveryCalendar calendar = calendars.calendars().get(pointId);
        Optional<LocalDate> day = Optional.empty();
        for (int i = 0; i < IsoWeek.MAX_WEEKS_IN_YEAR && day.isEmpty(); i++) {
            day = calendar.deliveryIn(week.plus(i));
        }
        return day.map(d -> d.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.locale())))
                .orElse(week.toString());
    }

    /** The cut-off as a household reads it: "lundi 12:00", "Monday 12:00 the week before". */
    private static String cutOff(CutOff cutOff, Language language) {
        String text = cutOff.day().getDisplayName(TextStyle.FULL, language.locale()) + " " + cutOff.time();
        if (cutOff.weeksBefore() == 0) {
            return text;
        }
        return text + (language == Language.FR ? " (" + cutOff.weeksBefore() + " semaine(s) avant)"
                : " (" + cutOff.weeksBefore() + " week(s) before)");
    }
}
