package org.sillon.people.boundary;

import java.util.Set;
import org.sillon.platform.entity.PostalAddress;

/** What an organisation is, as a form or an API sends it. */
public record OrganisationDetails(String name, OrganisationKind kind, Set<OrganisationRole> roles, String siret,
        String email, String phone, PostalAddress address) {
}
