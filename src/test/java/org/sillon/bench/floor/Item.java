package org.sillon.bench.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

/** The floor's one entity: a name and an email, versioned as Sillon's entities are. */
@Entity
@NamedQuery(name = Item.BY_NAME, query = "select i from Item i order by i.name, i.id")
public class Item {

    static final String BY_NAME = "Item.byName";

    @Id
    private Long id;

    private String name;

    private String email;

    @Version
    private long version;

    protected Item() {
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public long version() {
        return version;
    }
}
