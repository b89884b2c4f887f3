package org.sillon.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sillon.people.entity.OrganisationContact;

/** On a person's page, the organisations they are a contact for, read once per request. */
@Named
@RequestScoped
public class PersonContactRoles {

    @Inject
    OrganisationContacts contacts;

    @Inject
    PersonPage person;

    private List<OrganisationContact> roles;

    public List<OrganisationContact> getRoles() {
        if (roles == null) {
            roles = person.getId() == null ? List.of() : contacts.forPerson(person.getId());
        }
        return roles;
    }
}
