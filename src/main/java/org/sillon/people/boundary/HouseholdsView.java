package org.sillon.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sillon.people.entity.Household;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.PagedLazyModel;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.Page;

/**
 * The list of households, searched by their name or a member's name or email (showing which member matched);
 * and the "new household" dialog, which creates one at once around its main contact.
 */
@Named
@ViewScoped
public class HouseholdsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Households households;

    @Inject
    ListTools tools;

    @Inject
    PersonPicker picker;

    @Inject
    UserSession user;

    private PagedLazyModel<Household> model;
    /** The member each household of the shown page was found through, by household id. */
    private final Map<Long, String> matchedMembers = new HashMap<>();
    private String newName;
    private Long newMainContactId;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filters, page) -> shown(households.searchShowingMembers(
                new Households.Filter(tools.getQ(), filters.get("city"), status(filters.get("status")), null), page)),
                Households.SORTS.keySet(), "name", Household::id);
        tools.serve(RegistryList.HOUSEHOLDS, "households", model);
    }

    private Page<Household> shown(Page<Households.Found> found) {
        matchedMembers.clear();
        found.items().stream().filter(f -> f.matchedMember() != null)
                .forEach(f -> matchedMembers.put(f.household().id(), f.matchedMember()));
        return found.map(Households.Found::household);
    }

    private static HouseholdStatus status(String filter) {
        return filter == null ? null : HouseholdStatus.valueOf(filter);
    }

    /** The member whose name the search words matched, when the household's own name does not hold them. */
    public String matchedMember(Household household) {
        return matchedMembers.get(household.id());
    }

    /** Creates the household at once and opens it. */
    public String create() {
        return Faces.attempt(user.isPeopleEditor(), "newHousehold", () -> {
            long id = households.register(new Households.Composition(newName, newMainContactId, List.of()),
                    user.caller());
            Faces.info("form.saved");
            return "/people/household?faces-redirect=true&id=" + id;
        }, null);
    }

    public HouseholdStatus[] getStatuses() {
        return HouseholdStatus.values();
    }

    public PagedLazyModel<Household> getModel() {
        return model;
    }

    public ListTools getTools() {
        return tools;
    }

    /** The main contact field's choices. */
    public PersonPicker getPicker() {
        return picker;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getNewMainContactId() {
        return newMainContactId;
    }

    public void setNewMainContactId(Long newMainContactId) {
        this.newMainContactId = newMainContactId;
    }
}
