package org.sillon.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.sillon.platform.entity.InstantConverter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sillon.platform.entity.Folding;
import org.sillon.platform.entity.InvalidValue;

/**
 * A household (foyer): one or more persons living together, one of them the main contact. It is the unit
 * that subscribes to baskets, pays and is delivered. A person belongs to at most one household.
 */
@Entity
@Table(name = "household")
public class Household {

    private static final int MAX_NAME = 150;

    @Id
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    // lists show members and main contacts: fetched for the whole page in one query each, not per row
    @OneToMany(mappedBy = "household", fetch = FetchType.LAZY)
    @OrderBy("lastName, firstName")
    @BatchFetch(BatchFetchType.IN)
    private List<Person> members = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "main_contact_id")
    @BatchFetch(BatchFetchType.IN)
    private Person mainContact;

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
            throw new InvalidValue("mainContactId", "a household needs a main contact");
        }
        this.createdAt = now;
        addMember(mainContact);
        this.mainContact = mainContact;
        rename(name);
    }

    public final void rename(String newName) {
        String n = newName == null ? "" : newName.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            n = "Foyer " + mainContact.lastName().toUpperCase(java.util.Locale.FRENCH);
        }
        if (n.length() > MAX_NAME) {
            throw new InvalidValue("name", "must have at most " + MAX_NAME + " characters");
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
            throw new InvalidValue("memberIds", person.fullName() + " already belongs to the household "
                    + person.household().name() + "; remove them from it first");
        }
        members.add(person);
        person.joinHousehold(this);
    }

    public void removeMember(Person person) {
        if (!members.contains(person)) {
            return;
        }
        if (person.equals(mainContact)) {
            throw new InvalidValue("mainContactId", person.fullName()
                    + " is the main contact; choose another main contact before removing them");
        }
        members.remove(person);
        person.joinHousehold(null);
    }

    public void designateMainContact(Person person) {
        if (!members.contains(person)) {
            throw new InvalidValue("mainContactId", "the main contact must be a member of the household");
        }
        this.mainContact = person;
    }

    /** Lets every member go, before the household is deleted; the persons stay in the registry. */
    public void dissolve() {
        for (Person p : members) {
            p.joinHousehold(null);
        }
        members.clear();
        mainContact = null;
    }

    /** The household's fields as the audit trail compares them before and after a change. */
    public java.util.Map<String, Object> auditState() {
        java.util.Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("name", name);
        s.put("mainContactId", mainContact == null ? null : mainContact.id());
        s.put("memberIds", members.stream().map(Person::id).sorted().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",")));
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

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
