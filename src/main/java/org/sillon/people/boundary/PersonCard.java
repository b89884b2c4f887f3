package org.sillon.people.boundary;

import java.io.Serializable;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.PostalAddress;

/** A person as other components read them, fetched in batches ({@code Persons.cards}). */
public record PersonCard(long id, long version, Civility civility, String firstName, String lastName, String email,
        String phone, String mobilePhone, PostalAddress address, Language language, Long householdId,
        String householdName, boolean erased) implements Serializable {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
