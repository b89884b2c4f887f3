package org.sillon.people.boundary;

import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.PostalAddress;

/** What a person is, as a form or an API sends it; {@code Person.describe} validates and normalises it. */
public record PersonDetails(Civility civility, String firstName, String lastName, String email, String phone,
        String mobilePhone, PostalAddress address, Language language) {
}
