package org.sillon.baskets.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.baskets.entity.OfferPrice;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.Moments;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.entity.Money;

/**
 * The offers part of the offers and periods page ({@code baskets/offers.xhtml}): the offers by kind with today's
 * price, how a size is billed and an extra's stock, and each offer's prices over time. The team reads it; the
 * treasurer creates and edits offers and sets a price from a day on, in dialogs.
 */
@Named
@ViewScoped
public class OffersView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A price of an offer's history: past, in force today ({@code current}) or to come ({@code ahead}). */
    public record Price(LocalDate startsOn, BigDecimal amount, String recordedBy, Instant recordedAt, String state)
            implements Serializable {
    }

    /** An offer as its row shows it: today's price, and the next one when one is set ahead. */
    public record Row(long id, OfferKind kind, String name, String description, BillingModel billing,
            Instalments instalments, Integer weeklyStock, BigDecimal today, Price next, List<Price> prices,
            long version) implements Serializable {
    }

    /** The offers of one kind, however many (none is shown too, with what the kind is for). */
    public record Group(OfferKind kind, List<Row> offers) implements Serializable {
    }

    @Inject
    Offers offers;

    @Inject
    UserSession user;

    @Inject
    Moments moments;

    @Inject
    Clock clock;

    private List<Group> groups;

    // the offer dialog: a new offer of a kind, or the offer edited at the version read
    private OfferKind kind;
    private Long editedId;
    private long editedVersion;
    private String name;
    private String description;
    private BillingModel billing;
    private Instalments instalments;
    private Integer weeklyStock;

    // the price dialog's offer; the price typed there, or the first price typed in the offer dialog
    private Long pricedId;
    private BigDecimal amount;
    private LocalDate startsOn;

    @PostConstruct
    void read() {
        LocalDate today = LocalDate.now(clock);
        Map<OfferKind, List<Row>> byKind = offers.list().stream().map(o -> row(o, today))
                .collect(Collectors.groupingBy(Row::kind));
        // the kinds as declared, delivery fees last: they belong to the rounds rather than to what households choose
        groups = Arrays.stream(OfferKind.values()).sorted(Comparator.comparing(k -> k == OfferKind.DELIVERY))
                .map(k -> new Group(k, byKind.getOrDefault(k, List.of()))).toList();
    }

    private static Row row(BasketOffer o, LocalDate today) {
        // prices come oldest first: the one in force is the last started
        LocalDate inForce = o.prices().stream().map(OfferPrice::startsOn).filter(d -> !d.isAfter(today))
                .reduce((earlier, later) -> later).orElse(null);
        List<Price> prices = o.prices().stream().map(p -> new Price(p.startsOn(), p.amount().amount(),
                p.recordedBy(), p.recordedAt(), p.startsOn().isAfter(today) ? "ahead"
                        : p.startsOn().equals(inForce) ? "current" : "past")).toList();
        return new Row(o.id(), o.kind(), o.name(), o.description(), o.billing(), o.instalments(), o.weeklyStock(),
                o.priceOn(today).map(Money::amount).orElse(null),
                prices.stream().filter(p -> p.state().equals("ahead")).findFirst().orElse(null), prices, o.version());
    }

    /** Opens the offer dialog on a new offer of this kind, billed monthly unless chosen otherwise. */
    public void startCreating(OfferKind newKind) {
        kind = newKind;
        editedId = null;
        name = null;
        description = null;
        billing = newKind == OfferKind.SIZE ? BillingModel.MONTHLY : null;
        instalments = newKind == OfferKind.SIZE ? Instalments.ONCE : null;
        weeklyStock = null;
        amount = null;
        startsOn = null;
    }

    /** Opens the offer dialog on an offer as last read. */
    public void startEditing(long id) {
        Row r = find(id);
        kind = r.kind();
        editedId = r.id();
        editedVersion = r.version();
        name = r.name();
        description = r.description();
        billing = r.billing();
        instalments = r.instalments();
        weeklyStock = r.weeklyStock();
    }

    /**
     * Creates the offer, with its first price when one is typed, or saves the edited one if no one changed it
     * meanwhile; a refusal is said beside its field in the dialog.
     */
    public void save() {
        Faces.attempt(user.in(Audience.OFFER_EDITORS), "offer", () -> {
            long id;
            if (editedId == null) {
                List<Offers.Price> first = amount == null && startsOn == null ? List.of()
                        : List.of(new Offers.Price(startsOn, amount == null ? null : Money.of(amount)));
                // instalments are asked for a contract only: another model keeps the one chosen before it unsent
                id = offers.register(new OfferDetails(kind, name, description, billing,
                        billing == BillingModel.CONTRACT ? instalments : null, weeklyStock), first, user.caller());
            } else {
                // kind and billing left out: they stay as created
                id = offers.update(editedId, editedVersion, new OfferDetails(null, name, description, null, null,
                        weeklyStock)).id();
            }
            read();
            Faces.info("offers.saved", find(id).name());
            PrimeFaces.current().ajax().update("messages");
            PrimeFaces.current().executeScript("PF('offerDialog').hide()");
            return null;
        }, () -> {
            read();
            startEditing(editedId);
        });
    }

    /** Opens an offer's prices. */
    public void showPrices(long id) {
        pricedId = id;
        amount = null;
        startsOn = null;
    }

    /** Sets the offer's price from the day typed on; the dialog stays open on the history it adds to. */
    public void setPrice() {
        Faces.attempt(user.in(Audience.OFFER_EDITORS), "prices", () -> {
            Row r = getPriced();
            offers.priceFrom(r.id(), r.version(), startsOn, amount == null ? null : Money.of(amount), user.caller());
            Faces.info("offers.priced", moments.day(startsOn));
            amount = null;
            startsOn = null;
            read();
            return null;
        }, this::read);
    }

    private Row find(long id) {
        return groups.stream().flatMap(g -> g.offers().stream()).filter(r -> r.id() == id).findFirst()
                .orElseThrow();
    }

    public List<Group> getGroups() {
        return groups;
    }

    /** The offer whose prices are shown, as last read; none before one is opened. */
    public Row getPriced() {
        return pricedId == null ? null : find(pricedId);
    }

    /** The offer edited, as last read; none when creating. */
    public Row getEdited() {
        return editedId == null ? null : find(editedId);
    }

    public BillingModel[] getBillingModels() {
        return BillingModel.values();
    }

    public Instalments[] getInstalmentChoices() {
        return Instalments.values();
    }

    public OfferKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BillingModel getBilling() {
        return billing;
    }

    public void setBilling(BillingModel billing) {
        this.billing = billing;
    }

    public Instalments getInstalments() {
        return instalments;
    }

    public void setInstalments(Instalments instalments) {
        this.instalments = instalments;
    }

    public Integer getWeeklyStock() {
        return weeklyStock;
    }

    public void setWeeklyStock(Integer weeklyStock) {
        this.weeklyStock = weeklyStock;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }
}
