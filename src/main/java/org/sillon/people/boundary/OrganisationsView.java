package org.sillon.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sillon.people.entity.Organisation;
import org.sillon.people.entity.OrganisationKind;
import org.sillon.people.entity.OrganisationRole;
import org.sillon.platform.boundary.PagedLazyModel;

/** The list of organisations, searched by name, email or SIRET, filtered by kind and role. */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    private String q;
    private PagedLazyModel<Organisation> model;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filters, page) -> organisations.search(new Organisations.Filter(q,
                filters.containsKey("kind") ? OrganisationKind.valueOf(filters.get("kind")) : null,
                filters.containsKey("roles") ? OrganisationRole.valueOf(filters.get("roles")) : null), page),
                Organisations.SORTS.keySet(), "name", Organisation::id);
    }

    public PagedLazyModel<Organisation> getModel() {
        return model;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public OrganisationRole[] getRoles() {
        return OrganisationRole.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
