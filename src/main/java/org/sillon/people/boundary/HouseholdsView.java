package org.sillon.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sillon.people.entity.Household;
import org.sillon.platform.boundary.PagedLazyModel;

/** The list of households, searched by their name or a member's name or email. */
@Named
@ViewScoped
public class HouseholdsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Households households;

    @Inject
    ListTools tools;

    private PagedLazyModel<Household> model;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filters, page) -> households.search(
                new Households.Filter(tools.getQ(), filters.get("city"), status(filters.get("status")), null), page), Households.SORTS.keySet(), "name",
                Household::id);
        tools.serve(RegistryList.HOUSEHOLDS, "households", model);
    }

    private static HouseholdStatus status(String filter) {
        return filter == null ? null : HouseholdStatus.valueOf(filter);
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
}
