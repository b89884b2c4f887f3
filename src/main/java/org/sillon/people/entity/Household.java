package org.sillon.people.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.sillon.platform.entity.InstantConverter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sillon.platform.entity.Folding;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.people.boundary.HouseholdStatus;

/**
 * A household (foyer): one or more persons living together, one of them the main contact. It is the unit
 * that subscribes to baskets, pays and is delivered. A person belongs to at most one household.
 */
@Entity
@Table(name = "household")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Household {

    private static final int MAX_NAME = 150;
    private static final int MAX_INSTRUCTIONS = 500;
    private static final int MAX_REASON = 500;

    @Id
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    // lists show members and main contacts: the members fetched for the whole page in one query, not per row;
    // the main contact, being one of them, is then found in the persistence context
    @OneToMany(mappedBy = "household", fetch = FetchType.LAZY)
    @OrderBy("lastName, firstName")
    @BatchFetch(BatchFetchType.IN)
    private List<Person> members = new ArrayList<>();

    // Read through the relationship, written through the id: a person names its household and a household its
    // main contact, and EclipseLink breaks such a cycle by inserting one side without its key and updating it
    // after, a statement per row that no JDBC batch groups. Written as a plain column, and households committed
    // before persons (PersonsAfterHouseholds), a new household and its new members go out as two batches of
    // inserts (the key to the main contact is checked at commit).
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "main_contact_id", insertable = false, updatable = false)
    @BatchFetch(BatchFetchType.IN)
    private Person mainContact;

    @Column(name = "main_contact_id")
    private Long mainContactId;

    /** Where baskets go when not to the main contact's address; null: the main contact's address. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "line1", column = @Column(name = "delivery_line1")),
        @AttributeOverride(name = "line2", column = @Column(name = "delivery_line2")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "delivery_postal_code")),
        @AttributeOverride(name = "city", column = @Column(name = "delivery_city")),
        @AttributeOverride(name = "country", column = @Column(name = "delivery_country"))})
    private PostalAddress deliveryAddress;

    @Column(name = "delivery_instructions")
    private String deliveryInstructions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HouseholdStatus status = HouseholdStatus.PROSPECT;

    /** Effective date of the last status change; null while the household has its first status. */
    @Column(name = "status_since")
    private LocalDate statusSince;

    @OneToMany(mappedBy = "household", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("effectiveOn, recordedAt")
    private List<HouseholdStatusChange> statusHistory = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Version
    private long version;

    /** The name folded by {@link Folding}; searches also look at the members' own search text. */
    @Column(name = "search_text")
    private String searchText;

    protected Household() {
        // for JPA
    }

    /** A household starts with its main contact; a blank name becomes "Foyer LASTNAME". */
    public Household(String name, Person mainContact, Instant now) {
        if (mainContact == null) {
            throw new InvalidValue("mainContactId", Message.of("household.mainContact"));
        }
        this.createdAt = now;
        addMember(mainContact);
        mainContact(mainContact);
        rename(name);
    }

    public final void rename(String newName) {
        String n = newName == null ? "" : newName.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            n = "Foyer " + mainContact.lastName().toUpperCase(java.util.Locale.FRENCH);
        }
        if (n.length() > MAX_NAME) {
            throw new InvalidValue("name", Message.of("max.length", MAX_NAME));
        }
        this.name = n;
        this.searchText = searchText(n);
    }

    /** What the search column holds for this name; also used to fill rows stored before it existed. */
    public static String searchText(String name) {
        return Folding.foldAll(name);
    }

    public final void addMember(Person person) {
        if (members.contains(person)) {
            return;
        }
        if (person.household() != null && person.household() != this) {
            throw new InvalidValue("memberIds",
                    Message.of("household.elsewhere", person.fullName(), person.household().name()));
        }
        members.add(person);
        person.joinHousehold(this);
    }

    public void removeMember(Person person) {
        if (!members.contains(person)) {
            return;
        }
        if (person.equals(mainContact)) {
            throw new InvalidValue("mainContactId", Message.of("household.removeMain", person.fullName()));
        }
        members.remove(person);
        person.joinHousehold(null);
    }

    public void designateMainContact(Person person) {
        if (!members.contains(person)) {
            throw new InvalidValue("mainContactId", Message.of("household.mainMember"));
        }
        mainContact(person);
    }

    /**
     * Sets where baskets are delivered; a null or empty address means the main contact's address.
     * Instructions (door code, floor...) are free text of at most 500 characters.
     */
    public void deliverTo(PostalAddress address, String instructions) {
        String i = instructions == null ? null : instructions.strip();
        if (i != null && i.length() > MAX_INSTRUCTIONS) {
            throw new InvalidValue("deliveryInstructions", Message.of("max.length", MAX_INSTRUCTIONS));
        }
        this.deliveryAddress = address == null || address.isEmpty() ? null : address;
        this.deliveryInstructions = i == null || i.isEmpty() ? null : i;
    }

    /** Where baskets actually go: the delivery address if one is set, else the main contact's address. */
    public PostalAddress effectiveDeliveryAddress() {
        if (deliveryAddress != null) {
            return deliveryAddress;
        }
        return mainContact == null ? null : mainContact.address();
    }

    /**
     * Moves the household to another status from {@code effectiveOn}, appending a line to its history. The
     * history reads in order: a change cannot take effect before the last one, nor repeat the current
     * status; and a household that has been more than a prospect never becomes one again.
     */
    public HouseholdStatusChange changeStatus(HouseholdStatus newStatus, LocalDate effectiveOn, String reason,
            Instant now, String by) {
        if (newStatus == null) {
            throw new InvalidValue("status", Message.of("required"));
        }
        if (effectiveOn == null) {
            throw new InvalidValue("effectiveOn", Message.of("required"));
        }
        if (newStatus == status) {
            throw new InvalidValue("status", Message.of("household.statusSame"));
        }
        if (newStatus == HouseholdStatus.PROSPECT) {
            throw new InvalidValue("status", Message.of("household.prospectAgain"));
        }
        if (statusSince != null && effectiveOn.isBefore(statusSince)) {
            throw new InvalidValue("effectiveOn", Message.of("household.statusBefore", statusSince));
        }
        String r = reason == null ? null : reason.strip();
        if (r != null && r.length() > MAX_REASON) {
            throw new InvalidValue("reason", Message.of("max.length", MAX_REASON));
        }
        HouseholdStatusChange change = new HouseholdStatusChange(this, newStatus, effectiveOn,
                r == null || r.isEmpty() ? null : r, now, by);
        statusHistory.add(change);
        this.status = newStatus;
        this.statusSince = effectiveOn;
        return change;
    }

    /** Sets the main contact; a household is only ever stored with a person already persisted (its id known). */
    private void mainContact(Person person) {
        this.mainContact = person;
        this.mainContactId = person == null ? null : person.id();
    }

    /** Lets every member go, before the household is deleted; the persons stay in the registry. */
    public void dissolve() {
        for (Person p : members) {
            p.joinHousehold(null);
        }
        members.clear();
        mainContact(null);
    }

    /** The household's fields as the audit trail compares them before and after a change. */
    public java.util.Map<String, Object> auditState() {
        java.util.Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("name", name);
        s.put("mainContactId", mainContact == null ? null : mainContact.id());
        s.put("memberIds", members.stream().map(Person::id).sorted().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",")));
        s.put("deliveryAddress", deliveryAddress == null ? null : deliveryAddress.oneLine());
        s.put("deliveryInstructions", deliveryInstructions);
        s.put("status", status);
        s.put("statusSince", statusSince);
        return s;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<Person> members() {
        return Collections.unmodifiableList(members);
    }

    public Person mainContact() {
        return mainContact;
    }

    public PostalAddress deliveryAddress() {
        return deliveryAddress;
    }

    public String deliveryInstructions() {
        return deliveryInstructions;
    }

    public HouseholdStatus status() {
        return status;
    }

    public LocalDate statusSince() {
        return statusSince;
    }

    /** The status changes, oldest first. */
    public List<HouseholdStatusChange> statusHistory() {
        return Collections.unmodifiableList(statusHistory);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
