package org.sillon.people.boundary;

import java.util.List;
import org.sillon.platform.entity.PostalAddress;

/** An organisation as a list shows it and an export writes it. */
public record OrganisationRow(long id, String name, OrganisationKind kind, List<OrganisationRole> roles, String siret,
        String email, String phone, PostalAddress address) {
}
