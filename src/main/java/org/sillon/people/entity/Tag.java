package org.sillon.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One of a person's tags, as stored (see {@link Tags} for the rules); embedded so that queries can fold its case. */
@Embeddable
public class Tag {

    @Column(name = "tag", nullable = false)
    private String name;

    protected Tag() {
        // for JPA
    }

    Tag(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tag t && Objects.equals(name, t.name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }
}
