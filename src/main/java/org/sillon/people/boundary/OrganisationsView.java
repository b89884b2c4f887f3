package org.sillon.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.sillon.people.entity.Organisation;
import org.sillon.platform.boundary.PagedLazyModel;

/** The list of organisations, searched by name, email or SIRET, filtered by kind and role. */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    ListTools tools;

    private PagedLazyModel<Row> model;

    /** An organisation as the table shows it: no entity, whose unit of work the view would keep (PersonsView). */
    public record Row(long id, String name, OrganisationKind kind, Set<OrganisationRole> roles, String city,
            String email) implements Serializable {

        static Row of(Organisation o) {
            return new Row(o.id(), o.name(), o.kind(), o.roles(), o.address() == null ? null : o.address().city(),
                    o.email());
        }
    }

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filters, page) -> organisations.search(new Organisations.Filter(tools.getQ(),
                filters.containsKey("kind") ? OrganisationKind.valueOf(filters.get("kind")) : null,
                filters.containsKey("role") ? OrganisationRole.valueOf(filters.get("role")) : null), page).map(Row::of),
                Organisations.SORTS.keySet(), "name", Row::id);
        tools.serve(RegistryList.ORGANISATIONS, "organisations", model);
    }

    public PagedLazyModel<Row> getModel() {
        return model;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public OrganisationRole[] getRoles() {
        return OrganisationRole.values();
    }

    public ListTools getTools() {
        return tools;
    }
}
