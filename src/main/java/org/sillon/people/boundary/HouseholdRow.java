package org.sillon.people.boundary;

import java.time.Instant;
import java.util.List;

/** A household as a list shows it and an export writes it: its name, main contact, members' names. */
public record HouseholdRow(long id, String name, String mainContactName, String mainContactEmail,
        String mainContactCity, List<String> memberNames, Instant createdAt) {
}
