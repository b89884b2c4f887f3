package org.sillon.people.boundary;

import java.time.Instant;
import java.util.List;
import org.sillon.platform.entity.PostalAddress;

/**
 * A household as an export writes it: its name, status, main contact with their phones, the address its
 * baskets go to (its delivery address, else its main contact's) and its members' names.
 */
public record HouseholdRow(long id, String name, HouseholdStatus status, String mainContactName,
        String mainContactEmail, String mainContactPhone, String mainContactMobilePhone, PostalAddress address,
        List<String> memberNames, Instant createdAt) {
}
