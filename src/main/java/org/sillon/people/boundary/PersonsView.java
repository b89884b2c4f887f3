package org.sillon.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sillon.people.entity.Person;
import org.sillon.platform.boundary.PagedLazyModel;

/** The list of persons: a lazy table searched by name or email, and by city or tag. */
@Named
@ViewScoped
public class PersonsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Persons persons;

    @Inject
    ListTools tools;

    private PagedLazyModel<Row> model;

    /**
     * A person as the table shows them. The view keeps its page for as long as the session keeps the view (25 of
     * them): entities would keep with them the unit of work that read them, some 140 KB a page (performance.md).
     */
    public record Row(long id, String lastName, String firstName, String email, String city, List<String> tags,
            Long householdId, String householdName) implements Serializable {

        static Row of(Person p) {
            return new Row(p.id(), p.lastName(), p.firstName(), p.email(),
                    p.address() == null ? null : p.address().city(), p.tags(),
                    p.household() == null ? null : p.household().id(),
                    p.household() == null ? null : p.household().name());
        }
    }

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filters, page) -> persons.search(
                new Persons.Filter(tools.getQ(), filters.get("email"), null, filters.get("city"), filters.get("tags"), null), page)
                .map(Row::of), Persons.SORTS.keySet(), "lastName", Row::id);
        tools.serve(RegistryList.PERSONS, "persons", model);
    }

    public PagedLazyModel<Row> getModel() {
        return model;
    }

    public ListTools getTools() {
        return tools;
    }
}
