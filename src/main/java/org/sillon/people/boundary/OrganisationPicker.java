package org.sillon.people.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sillon.platform.control.PageRequest;

/**
 * The choice of a registered organisation in an autocomplete field, by name: the organisations matching what was
 * typed, and the name of each. Part of the page that holds it, which it lives and is saved with; pages of other
 * components use it, since organisations are read as cards there.
 */
@Dependent
public class OrganisationPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    private final Map<Long, String> labels = new HashMap<>();

    /** The ids of the first organisations matching {@code text}, by name. */
    public List<Long> complete(String text) {
        List<Long> ids = new ArrayList<>();
        organisations.search(new Organisations.Filter(text, null, null), new PageRequest(0, 10, "name", false))
                .items().forEach(o -> {
                    labels.put(o.id(), o.name());
                    ids.add(o.id());
                });
        return ids;
    }

    /** Names an organisation chosen before, so that its field shows the name rather than the id. */
    public void chosen(long organisationId, String name) {
        labels.put(organisationId, name);
    }

    public String label(Long organisationId) {
        return organisationId == null ? "" : labels.getOrDefault(organisationId, "#" + organisationId);
    }
}
