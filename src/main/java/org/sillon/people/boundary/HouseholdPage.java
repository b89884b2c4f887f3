package org.sillon.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.HouseholdStatusChange;
import org.sillon.people.entity.Person;
import org.sillon.platform.boundary.AddressForm;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.ProblemException;

/**
 * One household: its name and delivery address, edited in a form saved by its button (the garden team saves
 * the delivery instructions alone); its members and main contact, each change saved at once; and its status,
 * changed on its own with a date and a reason.
 */
@Named
@ViewScoped
public class HouseholdPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A member as the page shows it. */
    public record Member(long id, String name, String email, String phone, String city) implements Serializable {
    }

    /** A line of the status history as the page shows it. */
    public record StatusLine(HouseholdStatus status, LocalDate effectiveOn, String reason, Instant recordedAt,
            String recordedBy) implements Serializable {
    }

    @Inject
    Households households;

    @Inject
    Persons persons;

    @Inject
    PersonPicker picker;

    @Inject
    UserSession user;

    @Inject
    Clock clock;

    private Long id;
    private long version;
    private String name;
    private Long mainContactId;
    private final List<Member> members = new ArrayList<>();
    private Long newMemberId;
    private final AddressForm deliveryAddress = new AddressForm();
    private String deliveryInstructions;
    private String mainContactAddress;
    private HouseholdStatus status;
    private final List<StatusLine> statusHistory = new ArrayList<>();
    private HouseholdStatus newStatus;
    private LocalDate effectiveOn;
    private String statusReason;

    /**
     * Fills the page with the household of the address; without one answers 404 (households are created by the
     * list's "new household" dialog, which needs a main contact at once).
     */
    public void load() {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            fill(households.withHistory(id));
        } catch (ProblemException e) {
            Faces.notFound();
        }
    }

    private void fill(Household h) {
        version = h.version();
        name = h.name();
        fillMembers(h);
        deliveryAddress.fill(h.deliveryAddress());
        deliveryInstructions = h.deliveryInstructions();
        fillStatus(h);
    }

    private void fillMembers(Household h) {
        mainContactId = h.mainContact() == null ? null : h.mainContact().id();
        members.clear();
        h.members().forEach(p -> members.add(member(p)));
        mainContactAddress = h.mainContact() == null || h.mainContact().address() == null ? null
                : h.mainContact().address().oneLine();
    }

    private void fillStatus(Household h) {
        version = h.version();
        status = h.status();
        statusHistory.clear();
        for (HouseholdStatusChange c : h.statusHistory()) {
            statusHistory.add(new StatusLine(c.status(), c.effectiveOn(), c.reason(), c.recordedAt(), c.recordedBy()));
        }
        newStatus = null;
        effectiveOn = LocalDate.now(clock);
        statusReason = null;
    }

    private static Member member(Person p) {
        return new Member(p.id(), p.fullName(), p.email(),
                org.sillon.platform.entity.PhoneNumbers.display(p.mobilePhone() != null ? p.mobilePhone() : p.phone()),
                p.address() == null ? null : p.address().city());
    }

    /** The "add a member" field's choices. */
    public PersonPicker getPicker() {
        return picker;
    }

    /** Adds the chosen person to the household at once, and says so. */
    public void addMember() {
        Long personId = newMemberId;
        newMemberId = null;
        if (personId != null) {
            changeMembers(() -> households.addMember(id, version, personId), "household.memberAdded", personId);
        }
    }

    /** Takes a member out of the household at once, and says so. */
    public void removeMember(long personId) {
        changeMembers(() -> households.removeMember(id, version, personId), "household.memberRemoved", personId);
    }

    /** Makes a member the main contact at once, and says so. */
    public void makeMainContact(long personId) {
        changeMembers(() -> households.designateMainContact(id, version, personId), "household.mainContactChanged",
                personId);
    }

    /**
     * Runs a change of members, saved at once: the members' part of the page shows it, while the household's
     * form keeps what is being typed in it. A stale version reloads the whole page's record.
     */
    private void changeMembers(java.util.function.Supplier<Household> change, String said, long personId) {
        Faces.attempt(user.isPeopleEditor(), "householdMembers", () -> {
            Household changed = change.get();
            version = changed.version();
            fillMembers(changed);
            Faces.info(said, changed.members().stream().filter(p -> p.id() == personId).findFirst()
                    .orElseGet(() -> persons.find(personId)).fullName());
            return null;
        }, () -> {
            fill(households.withHistory(id));
            PrimeFaces.current().ajax().update("household", "householdStatus");
        });
    }

    /**
     * Saves the household's form: all of it for the registry's editors, the delivery instructions alone for
     * the garden team.
     */
    public String save() {
        return Faces.attempt(isInstructionsEditor(), "household", () -> {
            Household saved = user.isPeopleEditor()
                    ? households.update(id, version, new Households.Composition(name, mainContactId,
                            members.stream().map(Member::id).toList(), deliveryAddress.toAddress(),
                            deliveryInstructions, null))
                    : households.instructDelivery(id, version, deliveryInstructions);
            Faces.info("form.saved");
            return "/people/household?faces-redirect=true&id=" + saved.id();
        }, () -> fill(households.withHistory(id)));
    }

    /** Changes the status alone (the rest of the form is kept as it is being edited). */
    public void changeStatus() {
        Faces.attempt(user.isPeopleEditor(), "householdStatus", () -> {
            fillStatus(households.changeStatus(id, version, newStatus, effectiveOn, statusReason, user.caller()));
            Faces.info("form.saved");
            return null;
        }, () -> fill(households.withHistory(id)));
    }

    public String delete() {
        return Faces.attempt(user.isPeopleEditor(), "household", () -> {
            households.delete(id);
            Faces.info("form.deleted");
            return "/people/households?faces-redirect=true";
        }, null);
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getMainContactId() {
        return mainContactId;
    }

    public List<Member> getMembers() {
        return members;
    }

    public AddressForm getDeliveryAddress() {
        return deliveryAddress;
    }

    /** Whether the person may change the delivery instructions: the registry's editors and the garden team. */
    public boolean isInstructionsEditor() {
        return user.in(Audience.DELIVERY_EDITORS);
    }

    public String getDeliveryInstructions() {
        return deliveryInstructions;
    }

    public void setDeliveryInstructions(String deliveryInstructions) {
        this.deliveryInstructions = deliveryInstructions;
    }

    /** Where baskets go when no delivery address is set, on one line. */
    public String getMainContactAddress() {
        return mainContactAddress;
    }

    public HouseholdStatus getStatus() {
        return status;
    }

    public List<StatusLine> getStatusHistory() {
        return statusHistory;
    }

    public HouseholdStatus[] getStatuses() {
        return HouseholdStatus.values();
    }

    public HouseholdStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(HouseholdStatus newStatus) {
        this.newStatus = newStatus;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public Long getNewMemberId() {
        return newMemberId;
    }

    public void setNewMemberId(Long newMemberId) {
        this.newMemberId = newMemberId;
    }
}
