package org.sillon.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sillon.people.entity.OrganisationContact;
import org.sillon.people.entity.Person;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.PageRequest;
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
    Persons persons;

    @Inject
    OrganisationPage organisation;

    @Inject
    UserSession user;

    private List<Contact> list;
    private Long newPersonId;
    private String newFunction;
    private final Map<Long, String> labels = new HashMap<>();

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

    /** Persons of the registry matching what was typed. */
    public List<Long> completePerson(String text) {
        return persons.search(Persons.Filter.text(text), new PageRequest(0, 10, "lastName", false))
                .items().stream().map(p -> {
                    labels.put(p.id(), p.email() == null ? p.fullName() : p.fullName() + " — " + p.email());
                    return p.id();
                }).toList();
    }

    public String label(Long personId) {
        return personId == null ? "" : labels.getOrDefault(personId, "#" + personId);
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
