package org.sillon.people.boundary;

import java.time.Instant;
import java.util.Set;
import org.sillon.people.entity.Organisation;
import org.sillon.platform.entity.PostalAddress;

/** What an organisation is, as a form or an API sends it. */
public record OrganisationDetails(String name, OrganisationKind kind, Set<OrganisationRole> roles, String siret,
        String email, String phone, PostalAddress address) {

    /** Refuses these details, naming every field at fault, by the organisation's own rules and with nothing stored. */
    public void check() {
        new Organisation(this, Instant.EPOCH); // never stored
    }
}
