package org.sillon.people.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * How the person came to us, since when, and their tags, as a form or an API sends them. A missing
 * {@code joinedOn} is the day the person was registered.
 */
public record PersonProfile(PersonSource source, LocalDate joinedOn, List<String> tags) {

    /** What a person registered without any of it has. */
    public static final PersonProfile NONE = new PersonProfile(null, null, List.of());
}
