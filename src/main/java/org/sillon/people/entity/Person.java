package org.sillon.people.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Customizer;
import org.eclipse.persistence.config.CacheUsage;
import org.eclipse.persistence.config.QueryHints;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.Emails;
import org.sillon.platform.entity.Folding;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.PhoneNumbers;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.platform.entity.ParisTime;
import org.sillon.people.boundary.Civility;
import org.sillon.people.boundary.PersonDetails;
import org.sillon.people.boundary.PersonProfile;
import org.sillon.people.boundary.PersonSource;

/** Someone the association knows: an adherent, a member of an adherent household, a partner's contact. */
@Entity
@Table(name = "person")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Customizer(PersonsAfterHouseholds.class)
// named, hence prepared once: made at each call with its hint, it was prepared again (its SQL built) each time
@NamedQuery(name = Person.WITH_HOUSEHOLD_AND_TAGS, query = "select p from Person p left join fetch p.household"
        + " left join fetch p.tags where p.id = :id",
        hints = @QueryHint(name = QueryHints.CACHE_USAGE, value = CacheUsage.CheckCacheByPrimaryKey))
public class Person {

    /** The person of {@code :id} with its household and tags, answered from the unit of work if it holds it. */
    public static final String WITH_HOUSEHOLD_AND_TAGS = "Person.withHouseholdAndTags";

    private static final int MAX_NAME = 100;

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    private Civility civility;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    private String email;

    private String phone;

    @Column(name = "mobile_phone")
    private String mobilePhone;

    @Embedded
    private PostalAddress address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    @BatchFetch(BatchFetchType.IN)
    private Household household;

    @Enumerated(EnumType.STRING)
    private PersonSource source;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @ElementCollection
    @CollectionTable(name = "person_tag", joinColumns = @JoinColumn(name = "person_id"))
    @BatchFetch(BatchFetchType.IN)
    private Set<Tag> tags = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant updatedAt;

    /** When the person was anonymised under the GDPR; null while they are known. */
    @Column(name = "erased_at")
    @Convert(converter = InstantConverter.class)
    private Instant erasedAt;

    @Version
    private long version;

    /** Names, email, phones, city and postal code folded by {@link Folding}, for the accent-blind search. */
    @Column(name = "search_text")
    private String searchText;

    protected Person() {
        // for JPA
    }

    public Person(PersonDetails details, Instant now) {
        this.createdAt = now;
        this.joinedOn = registrationDay();
        describe(details, now);
    }

    /** Replaces what is known of the person, normalising email and phones; refuses every invalid value at once. */
    public final void describe(PersonDetails d, Instant now) {
        InvalidValue.Checks checks = new InvalidValue.Checks();
        String first = checks.check("firstName", () -> name("firstName", d.firstName()));
        String last = checks.check("lastName", () -> name("lastName", d.lastName()));
        String mail = checks.check("email", () -> Emails.normalise(d.email()));
        String fixed = checks.check("phone", () -> PhoneNumbers.normalise(d.phone()));
        String mobile = checks.check("mobilePhone", () -> PhoneNumbers.normalise(d.mobilePhone()));
        checks.refuseIfAny();
        this.civility = d.civility();
        this.firstName = first;
        this.lastName = last;
        this.email = mail;
        this.phone = fixed;
        this.mobilePhone = mobile;
        this.address = d.address() == null || d.address().isEmpty() ? null : d.address();
        this.language = d.language() == null ? Language.FR : d.language();
        this.updatedAt = now;
        reindex();
    }

    /** Keeps the search column in step with the fields it folds; every change of those fields calls it. */
    private void reindex() {
        this.searchText = searchText(firstName, lastName, email, phone, mobilePhone,
                address == null ? null : address.city(), address == null ? null : address.postalCode());
    }

    /** What the search column holds for these values; also used to fill rows stored before it existed. */
    public static String searchText(String firstName, String lastName, String email, String phone,
            String mobilePhone, String city, String postalCode) {
        return Folding.foldAll(firstName, lastName, email, phone, mobilePhone, city, postalCode);
    }

    private static String name(String field, String value) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (v.isEmpty()) {
            throw new InvalidValue(field, Message.of("required"));
        }
        if (v.length() > MAX_NAME) {
            throw new InvalidValue(field, Message.of("max.length", MAX_NAME));
        }
        return v;
    }

    /**
     * Erases the person under the GDPR without deleting the row, so that accounting records keep pointing at
     * it: names become neutral, contact details and civility go; the language stays (it is not identifying
     * and letters about past accounts still need one).
     */
    public void anonymise(Instant now) {
        if (erasedAt != null) {
            throw new IllegalStateException("person " + id + " has already been erased");
        }
        this.civility = null;
        this.firstName = "Personne";
        this.lastName = "anonymisée n°" + id;
        this.email = null;
        this.phone = null;
        this.mobilePhone = null;
        this.address = null;
        this.erasedAt = now;
        this.updatedAt = now;
        reindex(); // the old names must not stay findable
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    /**
     * Replaces the person's origin, date joined and tags; refuses a date joined after {@code today} and a
     * tag too long. Tags already held keep their spelling.
     */
    public void profile(PersonProfile p, LocalDate today) {
        LocalDate joined = p.joinedOn() == null ? registrationDay() : p.joinedOn();
        if (joined.isAfter(today)) {
            throw new InvalidValue("joinedOn", Message.of("date.future"));
        }
        List<String> wanted = Tags.merge(tags(), p.tags());
        this.source = p.source();
        this.joinedOn = joined;
        tags.removeIf(t -> !wanted.contains(t.name()));
        wanted.forEach(w -> tags.add(new Tag(w)));
    }

    /** Adds tags to those the person has, as a merge does with the merged person's tags. */
    public void addTags(Collection<String> more) {
        List<String> all = new java.util.ArrayList<>(tags());
        all.addAll(more);
        Tags.merge(all, all).forEach(t -> tags.add(new Tag(t)));
    }

    /** Forgets every tag, as an erasure does. */
    public void clearTags() {
        tags.clear();
    }

    private LocalDate registrationDay() {
        return ParisTime.dayOf(createdAt);
    }

    /** The fields a merge can take from the merged person, by their names in JSON and in the audit trail. */
    public static final java.util.Set<String> MERGEABLE_FIELDS = java.util.Set.of("civility", "firstName",
            "lastName", "email", "phone", "mobilePhone", "address", "language", "source");

    /**
     * Takes into this person, the survivor of a merge, what {@code other} knows and this one does not: each
     * blank field is filled from {@code other}, and each field named in {@code takeFromOther} (see
     * {@link #MERGEABLE_FIELDS}) takes {@code other}'s value even when this one has its own. Household
     * membership is the merge's business, not this method's.
     */
    public void absorb(Person other, java.util.Set<String> takeFromOther, Instant now) {
        for (String field : takeFromOther) {
            if (!MERGEABLE_FIELDS.contains(field)) {
                throw new InvalidValue("takeFromMerged", Message.of("merge.unknownField", field,
                        String.join(", ", new java.util.TreeSet<>(MERGEABLE_FIELDS))));
            }
        }
        civility = pick("civility", civility, other.civility, takeFromOther);
        firstName = pick("firstName", firstName, other.firstName, takeFromOther);
        lastName = pick("lastName", lastName, other.lastName, takeFromOther);
        email = pick("email", email, other.email, takeFromOther);
        phone = pick("phone", phone, other.phone, takeFromOther);
        mobilePhone = pick("mobilePhone", mobilePhone, other.mobilePhone, takeFromOther);
        address = pick("address", address, other.address, takeFromOther);
        language = pick("language", language, other.language, takeFromOther);
        source = pick("source", source, other.source, takeFromOther);
        // the relation with the association began when the first of the two records says it did
        if (other.joinedOn != null && (joinedOn == null || other.joinedOn.isBefore(joinedOn))) {
            joinedOn = other.joinedOn;
        }
        updatedAt = now;
        reindex();
    }

    private static <T> T pick(String field, T mine, T theirs, java.util.Set<String> takeFromOther) {
        boolean take = takeFromOther.contains(field) ? theirs != null : mine == null;
        return take ? theirs : mine;
    }

    /** Only a household moves its members in and out, so that its invariants hold. */
    void joinHousehold(Household h) {
        this.household = h;
    }

    /** The person's fields as the audit trail compares them before and after a change. */
    public java.util.Map<String, Object> auditState() {
        java.util.Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("civility", civility);
        s.put("firstName", firstName);
        s.put("lastName", lastName);
        s.put("email", email);
        s.put("phone", phone);
        s.put("mobilePhone", mobilePhone);
        s.put("address", address == null ? null : address.oneLine());
        s.put("language", language);
        s.put("householdId", household == null ? null : household.id());
        s.put("source", source);
        s.put("joinedOn", joinedOn);
        s.put("tags", String.join(", ", tags()));
        return s;
    }

    public Long id() {
        return id;
    }

    public Civility civility() {
        return civility;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String mobilePhone() {
        return mobilePhone;
    }

    public PostalAddress address() {
        return address;
    }

    public Language language() {
        return language;
    }

    public PersonSource source() {
        return source;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    /** The tags, in alphabetical order whatever their case and accents. */
    public List<String> tags() {
        return tags.stream().map(Tag::name).sorted(Comparator.comparing(Folding::fold).thenComparing(Tags::key))
                .toList();
    }

    public Household household() {
        return household;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
