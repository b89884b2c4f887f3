package org.sillon.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sillon.people.entity.Person;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.platform.boundary.AddressForm;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.PhoneNumbers;

/**
 * One person's page: an existing person opens as a summary, and their form opens in its place on "Edit"; a new
 * person gets the form at once. It keeps the version it was opened at, so saving over someone else's change is
 * refused rather than silently overwriting it.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Persons persons;

    @Inject
    Households households;

    @Inject
    UserSession user;

    private Long id;
    private long version;
    private Long householdId;
    private String householdName;
    private HouseholdStatus householdStatus;
    private String storedAddress;
    private boolean editing;
    private Civility civility;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String mobilePhone;
    private final AddressForm address = new AddressForm();
    private Language language = Language.FR;
    private PersonSource source;
    private LocalDate joinedOn;
    private List<String> tags = new ArrayList<>();

    /** Called by f:viewAction: loads the person named in the URL, if any. */
    public void load() {
        if (id != null) {
            try {
                fill(persons.find(id));
            } catch (ProblemException e) {
                Faces.notFound();
            }
        }
    }

    private void fill(Person p) {
        id = p.id();
        version = p.version();
        householdId = p.household() == null ? null : p.household().id();
        householdName = p.household() == null ? null : p.household().name();
        householdStatus = p.household() == null ? null : p.household().status();
        storedAddress = p.address() == null ? null : p.address().oneLine();
        civility = p.civility();
        firstName = p.firstName();
        lastName = p.lastName();
        email = p.email();
        phone = p.phone() == null ? null : PhoneNumbers.display(p.phone());
        mobilePhone = p.mobilePhone() == null ? null : PhoneNumbers.display(p.mobilePhone());
        address.fill(p.address());
        language = p.language();
        source = p.source();
        joinedOn = p.joinedOn();
        tags = new ArrayList<>(p.tags());
    }

    /** Opens the form in place of the summary; the page stays on it until saved or cancelled. */
    public void edit() {
        editing = user.isPeopleEditor();
    }

    /** Whether the form shows: a new person, or an existing one being edited. */
    public boolean isEditing() {
        return user.isPeopleEditor() && (editing || id == null);
    }

    public String save() {
        return Faces.attempt(user.isPeopleEditor(), "person", () -> {
            // the address is checked with the rest, so a bad postcode and a bad phone are shown together
            InvalidValue.Checks checks = new InvalidValue.Checks();
            PostalAddress typed = address.checkedIn(checks);
            PersonDetails details = new PersonDetails(civility, firstName, lastName, email, phone, mobilePhone,
                    typed, language);
            checks.check("body", details::check);
            ProblemException.onField("body", checks::refuseIfAny);
            PersonProfile profile = new PersonProfile(source, joinedOn, tags);
            Person saved = id == null ? persons.create(details, profile, householdId)
                    : persons.update(id, version, details, profile, householdId);
            Faces.info("form.saved");
            id = saved.id();
            return reload();
        }, () -> fill(persons.find(id)));
    }

    /** Starts a household with this person as its main contact. */
    public String createHousehold() {
        return Faces.attempt(user.isPeopleEditor(), "person", () -> {
            Long created = households.create(new Households.Composition(null, id, java.util.List.of()), user.caller())
                    .id();
            Faces.info("form.saved");
            return "/people/household?faces-redirect=true&id=" + created;
        }, null);
    }

    /** The outcome that shows this person's page afresh, after a change made beside the form. */
    public String reload() {
        return "/people/person?faces-redirect=true&id=" + id;
    }

    public String delete() {
        return Faces.attempt(user.isPeopleEditor(), "person", () -> {
            persons.delete(id);
            Faces.info("form.deleted");
            return "/people/persons?faces-redirect=true";
        }, null);
    }

    public Civility[] getCivilities() {
        return Civility.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public PersonSource[] getSources() {
        return PersonSource.values();
    }

    public PersonSource getSource() {
        return source;
    }

    public void setSource(PersonSource source) {
        this.source = source;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public void setHouseholdId(Long householdId) {
        this.householdId = householdId;
    }

    public String getHouseholdName() {
        return householdName;
    }

    public HouseholdStatus getHouseholdStatus() {
        return householdStatus;
    }

    /** The address as stored, on one line, for the summary. */
    public String getStoredAddress() {
        return storedAddress;
    }

    public Civility getCivility() {
        return civility;
    }

    public void setCivility(Civility civility) {
        this.civility = civility;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public AddressForm getAddress() {
        return address;
    }
}
