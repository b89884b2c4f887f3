package org.sillon.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.sillon.people.entity.OrganisationContact;
import org.sillon.people.entity.Person;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.entity.PhoneNumbers;

/** The contact persons section of an organisation's page: listed, added and removed one at a time. */
@Named
@ViewScoped
public class OrganisationContactsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A contact as the page shows it. */
    public record Contact(long personId, String name, String function, String email, String phone)
            implements Serializable {
    }

    @Inject
    OrganisationContacts contacts;

    @Inject
    PersonPicker picker;

    @Inject
    OrganisationPage organisation;

    @Inject
    UserSession user;

    private List<Contact> list;
    private Long newPersonId;
    private String newFunction;

    public List<Contact> getContacts() {
        if (list == null) {
            list = new ArrayList<>();
            for (OrganisationContact c : contacts.of(organisation.getId())) {
                Person p = c.person();
                list.add(new Contact(p.id(), p.fullName(), c.function(), p.email(),
                        PhoneNumbers.display(p.mobilePhone() != null ? p.mobilePhone() : p.phone())));
            }
        }
        return list;
    }

    public PersonPicker getPicker() {
        return picker;
    }

    public void add() {
        Faces.attempt(user.isPeopleEditor(), "contacts", () -> {
            contacts.add(organisation.getId(), newPersonId, newFunction);
            newPersonId = null;
            newFunction = null;
            list = null;
            return null;
        }, null);
    }

    public void remove(long personId) {
        Faces.attempt(user.isPeopleEditor(), "contacts", () -> {
            contacts.remove(organisation.getId(), personId);
            list = null;
            return null;
        }, null);
    }

    public Long getNewPersonId() {
        return newPersonId;
    }

    public void setNewPersonId(Long newPersonId) {
        this.newPersonId = newPersonId;
    }

    public String getNewFunction() {
        return newFunction;
    }

    public void setNewFunction(String newFunction) {
        this.newFunction = newFunction;
    }
}
