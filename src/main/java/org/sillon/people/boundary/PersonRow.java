package org.sillon.people.boundary;

import java.time.Instant;
import org.sillon.platform.entity.PostalAddress;

/** A person as a list shows them and an export writes them: what other components may read of a listed person. */
public record PersonRow(long id, String lastName, String firstName, String email, String phone, String mobilePhone,
        PostalAddress address, String householdName, Instant createdAt) {
}
