package org.sillon.people.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

/** A person the association deals with at an organisation, with their function there ("directrice"...). */
@Entity
@Table(name = "organisation_contact")
@IdClass(OrganisationContact.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class OrganisationContact {

    private static final int MAX_FUNCTION = 100;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "function")
    private String function;

    protected OrganisationContact() {
        // for JPA
    }

    public OrganisationContact(Organisation organisation, Person person, String function) {
        if (organisation == null) {
            throw new InvalidValue("organisationId", Message.of("required"));
        }
        if (person == null) {
            throw new InvalidValue("personId", Message.of("required"));
        }
        String f = function == null ? null : function.strip().replaceAll("\\s+", " ");
        if (f != null && f.length() > MAX_FUNCTION) {
            throw new InvalidValue("function", Message.of("max.length", MAX_FUNCTION));
        }
        this.organisation = organisation;
        this.person = person;
        this.function = f == null || f.isEmpty() ? null : f;
    }

    /** The link as the audit trail records it when it is made or undone. */
    public Map<String, Object> auditState() {
        Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("contactPersonId", person.id());
        s.put("contactFunction", function);
        return s;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Person person() {
        return person;
    }

    public String function() {
        return function;
    }

    /** The composite key: one link per organisation and person. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long organisation;
        private Long person;

        public Key() {
            // for JPA
        }

        public Key(long organisation, long person) {
            this.organisation = organisation;
            this.person = person;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organisation, k.organisation) && Objects.equals(person, k.person);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisation, person);
        }
    }
}
