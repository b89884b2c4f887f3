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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.sillon.platform.entity.Emails;
import org.sillon.platform.entity.Folding;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.PhoneNumbers;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.platform.entity.Siret;
import org.sillon.people.boundary.OrganisationDetails;
import org.sillon.people.boundary.OrganisationKind;
import org.sillon.people.boundary.OrganisationRole;

/**
 * A restaurant, crèche, company, social partner or funder (CCAS, CAF, MSA...) known to the association.
 * The registry issue adds its contact persons, interactions and history.
 */
@Entity
@Table(name = "organisation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Organisation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_NAME = 200;

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_role", joinColumns = @JoinColumn(name = "organisation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<OrganisationRole> roles = EnumSet.noneOf(OrganisationRole.class);

    private String siret;

    private String email;

    private String phone;

    @Embedded
    private PostalAddress address;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** Name, email, SIRET and city folded by {@link Folding}, for the accent-blind search. */
    @Column(name = "search_text")
    private String searchText;

    protected Organisation() {
        // for JPA
    }

    public Organisation(OrganisationDetails details, Instant now) {
        this.createdAt = now;
        describe(details, now);
    }

    /** Replaces what is known of the organisation; refuses every invalid value at once. */
    public final void describe(OrganisationDetails d, Instant now) {
        InvalidValue.Checks checks = new InvalidValue.Checks();
        String n = d.name() == null ? "" : d.name().strip().replaceAll("\\s+", " ");
        checks.check("name", () -> {
            if (n.isEmpty() || n.length() > MAX_NAME) {
                throw new InvalidValue("name", Message.of("name.length", MAX_NAME));
            }
        });
        checks.check("kind", () -> {
            if (d.kind() == null) {
                throw new InvalidValue("kind", Message.of("required"));
            }
        });
        checks.check("roles", () -> {
            if (d.roles() != null && d.roles().stream().anyMatch(java.util.Objects::isNull)) {
                throw new InvalidValue("roles", Message.of("no.null"));
            }
        });
        String s = checks.check("siret", () -> Siret.normalise(d.siret()));
        String mail = checks.check("email", () -> Emails.normalise(d.email()));
        String tel = checks.check("phone", () -> PhoneNumbers.normalise(d.phone()));
        checks.refuseIfAny();
        this.name = n;
        this.kind = d.kind();
        this.roles.clear();
        if (d.roles() != null) {
            this.roles.addAll(d.roles());
        }
        this.siret = s;
        this.email = mail;
        this.phone = tel;
        this.address = d.address() == null || d.address().isEmpty() ? null : d.address();
        this.updatedAt = now;
        this.searchText = searchText(n, mail, s, address == null ? null : address.city());
    }

    /** What the search column holds for these values; also used to fill rows stored before it existed. */
    public static String searchText(String name, String email, String siret, String city) {
        return Folding.foldAll(name, email, siret, city);
    }

    /** The organisation's fields as the audit trail compares them before and after a change. */
    public java.util.Map<String, Object> auditState() {
        java.util.Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("name", name);
        s.put("kind", kind);
        s.put("roles", new java.util.TreeSet<>(roles));
        s.put("siret", siret);
        s.put("email", email);
        s.put("phone", phone);
        s.put("address", address == null ? null : address.oneLine());
        return s;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public Set<OrganisationRole> roles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(OrganisationRole.class) : EnumSet.copyOf(roles));
    }

    public String siret() {
        return siret;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public PostalAddress address() {
        return address;
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
