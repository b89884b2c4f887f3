package org.sillon.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.HouseholdStatus;
import org.sillon.platform.boundary.PagedLazyModel;

/** The list of households, searched by their name or a member's name or email. */
@Named
@ViewScoped
public class HouseholdsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Households households;

    private String q;
    private PagedLazyModel<Household> model;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filters, page) -> households.search(
                new Households.Filter(q, filters.get("city"), status(filters.get("status")), null), page), Households.SORTS.keySet(), "name",
                Household::id);
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

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
