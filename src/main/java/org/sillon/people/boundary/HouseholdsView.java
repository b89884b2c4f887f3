package org.sillon.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.Person;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.PagedLazyModel;
import org.sillon.platform.boundary.UserSession;

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

    private PagedLazyModel<Row> model;
    private String newName;
    private Long newMainContactId;

    /**
     * A household as the table shows it, with the member the search words found it through when its own name
     * does not hold them. The view keeps its page for as long as the session keeps the view: entities would keep
     * with them the unit of work that read them (performance.md).
     */
    public record Row(long id, String name, String matchedMember, String mainContactName, String city,
            HouseholdStatus status, int memberCount) implements Serializable {

        static Row of(Households.Found found) {
            Household h = found.household();
            Person contact = h.mainContact();
            return new Row(h.id(), h.name(), found.matchedMember(), contact == null ? null : contact.fullName(),
                    contact == null || contact.address() == null ? null : contact.address().city(), h.status(),
                    h.members().size());
        }
    }

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filters, page) -> households.searchShowingMembers(
                new Households.Filter(tools.getQ(), filters.get("city"), status(filters.get("status")), null), page)
                .map(Row::of), Households.SORTS.keySet(), "name", Row::id);
        tools.serve(RegistryList.HOUSEHOLDS, "households", model);
    }

    private static HouseholdStatus status(String filter) {
        return filter == null ? null : HouseholdStatus.valueOf(filter);
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

    public PagedLazyModel<Row> getModel() {
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
