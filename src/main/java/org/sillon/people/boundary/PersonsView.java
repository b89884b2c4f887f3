package org.sillon.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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

    private PagedLazyModel<Person> model;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filters, page) -> persons.search(
                new Persons.Filter(tools.getQ(), filters.get("email"), null, filters.get("city"), filters.get("tags"), null), page),
                Persons.SORTS.keySet(), "lastName", Person::id);
        tools.serve(RegistryList.PERSONS, "persons", model);
    }

    public PagedLazyModel<Person> getModel() {
        return model;
    }

    public ListTools getTools() {
        return tools;
    }
}
