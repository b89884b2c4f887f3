package org.sillon.people.boundary;

import java.time.Instant;
import org.sillon.people.entity.Person;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.PostalAddress;

/** What a person is, as a form or an API sends it; {@code Person.describe} validates and normalises it. */
public record PersonDetails(Civility civility, String firstName, String lastName, String email, String phone,
        String mobilePhone, PostalAddress address, Language language) {

    /**
     * The first value the registry would refuse in these details (by the rules of a person: names, email,
     * phones), or null when it would take them; for checks made before anything is stored, such as an import's
     * preview. Nothing is stored and no other person is compared (a taken email is refused only on creation).
     */
    public InvalidValue refusal() {
        try {
            check();
            return null;
        } catch (InvalidValue e) {
            return e;
        }
    }

    /** Refuses these details, naming every field at fault, by the same rules and with nothing stored. */
    public void check() {
        new Person(this, Instant.EPOCH); // the entity's own rules, on a person that is never stored
    }
}
