package org.sillon.people.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.Emails;
import org.sillon.platform.entity.PhoneNumbers;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.PostalAddress;

/** Someone the association knows: an adherent, a member of an adherent household, a partner's contact. */
@Entity
@Table(name = "person")
public class Person {

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

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant updatedAt;

    @Version
    private long version;

    protected Person() {
        // for JPA
    }

    public Person(Details details, Instant now) {
        this.createdAt = now;
        describe(details, now);
    }

    /** What a person is, as a form or an API sends it; validated and normalised by {@link #describe}. */
    public record Details(Civility civility, String firstName, String lastName, String email, String phone,
            String mobilePhone, PostalAddress address, Language language) {
    }

    /** Replaces what is known of the person, normalising email and phones; refuses invalid values by field. */
    public final void describe(Details d, Instant now) {
        String first = name("firstName", d.firstName());
        String last = name("lastName", d.lastName());
        String mail = InvalidValue.checking("email", () -> Emails.normalise(d.email()));
        String fixed = InvalidValue.checking("phone", () -> PhoneNumbers.normalise(d.phone()));
        String mobile = InvalidValue.checking("mobilePhone", () -> PhoneNumbers.normalise(d.mobilePhone()));
        this.civility = d.civility();
        this.firstName = first;
        this.lastName = last;
        this.email = mail;
        this.phone = fixed;
        this.mobilePhone = mobile;
        this.address = d.address() == null || d.address().isEmpty() ? null : d.address();
        this.language = d.language() == null ? Language.FR : d.language();
        this.updatedAt = now;
    }

    private static String name(String field, String value) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (v.isEmpty()) {
            throw new InvalidValue(field, "is required");
        }
        if (v.length() > MAX_NAME) {
            throw new InvalidValue(field, "must have at most " + MAX_NAME + " characters");
        }
        return v;
    }

    /** The fields a merge can take from the merged person, by their names in JSON and in the audit trail. */
    public static final java.util.Set<String> MERGEABLE_FIELDS = java.util.Set.of("civility", "firstName",
            "lastName", "email", "phone", "mobilePhone", "address", "language");

    /**
     * Takes into this person, the survivor of a merge, what {@code other} knows and this one does not: each
     * blank field is filled from {@code other}, and each field named in {@code takeFromOther} (see
     * {@link #MERGEABLE_FIELDS}) takes {@code other}'s value even when this one has its own. Household
     * membership is the merge's business, not this method's.
     */
    public void absorb(Person other, java.util.Set<String> takeFromOther, Instant now) {
        for (String field : takeFromOther) {
            if (!MERGEABLE_FIELDS.contains(field)) {
                throw new InvalidValue("takeFromMerged", "unknown field " + field + "; expected one of "
                        + String.join(", ", new java.util.TreeSet<>(MERGEABLE_FIELDS)));
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
        updatedAt = now;
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
