package org.sillon.people.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sillon.platform.control.PageRequest;

/**
 * The choice of a registered person in an autocomplete field, by name, email or phone: the persons matching
 * what was typed, and how each is labelled (with the household they already belong to). Part of the page
 * that holds it, which it lives and is saved with.
 */
@Dependent
public class PersonPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Persons persons;

    private final Map<Long, String> labels = new HashMap<>();

    /** The ids of the first persons matching {@code text}, by last name. */
    public List<Long> complete(String text) {
        List<Long> ids = new ArrayList<>();
        persons.search(Persons.Filter.text(text), new PageRequest(0, 10, "lastName", false))
                .items().forEach(p -> {
                    labels.put(p.id(), p.fullName() + (p.email() == null ? "" : " — " + p.email())
                            + (p.household() == null ? "" : " (" + p.household().name() + ")"));
                    ids.add(p.id());
                });
        return ids;
    }

    /** Makes the picker label a choice stored before (the field's value when the page opens) by the person's name. */
    public void know(Long personId) {
        if (personId != null && !labels.containsKey(personId)) {
            persons.cards(Set.of(personId)).forEach(p -> labels.put(p.id(), p.fullName()));
        }
    }

    public String label(Long personId) {
        return personId == null ? "" : labels.getOrDefault(personId, "#" + personId);
    }

    /** The label of a person this picker offered, or null for one it never did (a choice stored before). */
    public String offered(Long personId) {
        return labels.get(personId);
    }
}
