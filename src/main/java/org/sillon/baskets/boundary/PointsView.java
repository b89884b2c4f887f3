package org.sillon.baskets.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.people.boundary.OrganisationPicker;
import org.sillon.people.boundary.PersonPicker;
import org.sillon.platform.boundary.AddressForm;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.ProblemException;

/**
 * The drop-off points and rounds page: the list of them, and the one opened ({@code ?id=}) or being created
 * ({@code ?new=ROUND}) as a form the garden team saves over the version it read, or as text for the others.
 */
@Named
@ViewScoped
public class PointsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A point or a round as the list shows it; a round says how many stops it has. */
    public record Row(long id, PointKind kind, String name, DayOfWeek day, int capacity, Integer stops,
            String address) implements Serializable {
    }

    @Inject
    DropOffPoints points;

    @Inject
    Rounds rounds;

    @Inject
    Offers offers;

    @Inject
    UserSession user;

    @Inject
    PersonPicker contacts;

    @Inject
    OrganisationPicker partners;

    private List<Row> rows;
    private Long id;
    private PointKind newKind;
    private PointKind kind;
    private long version;
    private String name;
    private final AddressForm address = new AddressForm();
    private String openingHours;
    private DayOfWeek deliveryDay;
    private Integer capacity;
    private Long contactPersonId;
    private Long partnerOrganisationId;
    private Long feeOfferId;

    /** Reads the list, and the point opened; an unknown one answers 404. */
    public void load() {
        Map<Long, Integer> stops = rounds.stopCounts();
        rows = points.list().stream().map(p -> new Row(p.id(), p.kind(), p.name(), p.deliveryDay(), p.capacity(),
                p.isRound() ? stops.getOrDefault(p.id(), 0) : null, p.address() == null ? null
                        : p.address().oneLine())).toList();
        if (id != null) {
            try {
                fill(points.find(id));
            } catch (ProblemException unknown) {
                Faces.notFound();
            }
        } else if (newKind != null && user.in(Audience.DELIVERY_EDITORS)) {
            kind = newKind;
        }
    }

    private void fill(DropOffPoint p) {
        kind = p.kind();
        version = p.version();
        name = p.name();
        address.fill(p.address());
        openingHours = p.openingHours();
        deliveryDay = p.deliveryDay();
        capacity = p.capacity();
        contactPersonId = p.contactPersonId();
        partnerOrganisationId = p.partnerOrganisationId();
        feeOfferId = p.feeOfferId();
        contacts.know(contactPersonId);
        partners.know(partnerOrganisationId);
    }

    /** Creates the point or saves it over the version read; a refusal is said beside its field. */
    public String save() {
        return Faces.attempt(user.in(Audience.DELIVERY_EDITORS), "point", () -> {
            DropOffPointDetails details = new DropOffPointDetails(kind, name, address.toAddress(), openingHours,
                    deliveryDay, capacity, contactPersonId, kind == PointKind.ROUND ? null : partnerOrganisationId,
                    kind == PointKind.ROUND ? feeOfferId : null);
            DropOffPoint saved = id == null ? points.create(details) : points.update(id, version, details);
            Faces.info("form.saved");
            return "/baskets/points?faces-redirect=true&id=" + saved.id();
        }, () -> fill(points.find(id)));
    }

    /** Whether a point or a round is open, or being created. */
    public boolean isOpen() {
        return kind != null;
    }

    public boolean isRound() {
        return kind == PointKind.ROUND;
    }

    /** A weekday in the page's language: "jeudi". */
    public String dayName(DayOfWeek day) {
        return day == null ? "" : day.getDisplayName(TextStyle.FULL, user.getLocale());
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    /** The offers a round may charge as its delivery fee, by name. */
    public Map<String, Long> getFees() {
        return offers.list().stream().filter(o -> o.kind() == OfferKind.DELIVERY)
                .collect(Collectors.toMap(BasketOffer::name, BasketOffer::id, (a, b) -> a, LinkedHashMap::new));
    }

    /** The fee offer's name, for those who read the round. */
    public String getFeeName() {
        return getFees().entrySet().stream().filter(e -> e.getValue().equals(feeOfferId)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    public List<Row> getRows() {
        return rows;
    }

    public PersonPicker getContacts() {
        return contacts;
    }

    public OrganisationPicker getPartners() {
        return partners;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PointKind getNewKind() {
        return newKind;
    }

    public void setNewKind(PointKind newKind) {
        this.newKind = newKind;
    }

    public PointKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AddressForm getAddress() {
        return address;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public DayOfWeek getDeliveryDay() {
        return deliveryDay;
    }

    public void setDeliveryDay(DayOfWeek deliveryDay) {
        this.deliveryDay = deliveryDay;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Long getContactPersonId() {
        return contactPersonId;
    }

    public void setContactPersonId(Long contactPersonId) {
        this.contactPersonId = contactPersonId;
    }

    public Long getPartnerOrganisationId() {
        return partnerOrganisationId;
    }

    public void setPartnerOrganisationId(Long partnerOrganisationId) {
        this.partnerOrganisationId = partnerOrganisationId;
    }

    public Long getFeeOfferId() {
        return feeOfferId;
    }

    public void setFeeOfferId(Long feeOfferId) {
        this.feeOfferId = feeOfferId;
    }
}
