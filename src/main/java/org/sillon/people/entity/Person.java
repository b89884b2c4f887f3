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
import org.sillon.platform.entity.Folding;
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

    /** Names, email, phones, city and postal code folded by {@link Folding}, for the accent-blind search. */
    @Column(name = "search_text")
    private String searchText;

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
        this.searchText = searchText(first, last, mail, fixed, mobile,
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
            throw new InvalidValue(field, "is required");
        }
        if (v.length() > MAX_NAME) {
            throw new InvalidValue(field, "must have at most " + MAX_NAME + " characters");
        }
        return v;
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
