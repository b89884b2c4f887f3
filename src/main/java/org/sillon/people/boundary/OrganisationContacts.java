package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sillon.people.entity.Organisation;
import org.sillon.people.entity.OrganisationContact;
import org.sillon.people.entity.Person;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/**
 * The persons the association deals with at each organisation, and their function there. Recorded in the
 * organisation's audit trail; follows persons through merges and erasures.
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "organisation_contact")
public class OrganisationContacts implements PersonalDataSource {

    public static final String CONTACT_ADDED = "CONTACT_ADDED";
    public static final String CONTACT_REMOVED = "CONTACT_REMOVED";

    /** What the personal-data export shows of a person's contact roles. */
    public record ContactOf(long organisationId, String organisationName, String function) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    AuditTrail audit;

    public OrganisationContact add(long organisationId, Long personId, String function) {
        Organisation organisation = organisations.find(organisationId);
        if (personId == null) {
            throw ProblemException.invalid("personId", Message.of("required"));
        }
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw ProblemException.invalid("personId", Message.of("person.unknown", personId));
        }
        if (em.find(OrganisationContact.class, new OrganisationContact.Key(organisationId, personId)) != null) {
            throw ProblemException.conflict("contact-exists", "personId",
                    Message.of("contact.exists", person.fullName(), organisation.name()));
        }
        OrganisationContact contact = ProblemException.onField("body",
                () -> new OrganisationContact(organisation, person, function));
        em.persist(contact);
        em.flush();
        audit.record(Organisations.AUDIT_TYPE, organisationId, CONTACT_ADDED,
                AuditTrail.diff(java.util.Map.of(), contact.auditState()));
        return contact;
    }

    /** Adds a contact as {@link #add} does, for other components, which need no entity back. */
    public void link(long organisationId, long personId, String function) {
        add(organisationId, personId, function);
    }

    public void remove(long organisationId, long personId) {
        OrganisationContact contact = em.find(OrganisationContact.class,
                new OrganisationContact.Key(organisationId, personId));
        if (contact == null) {
            throw ProblemException.notFound(Message.of("notFound.contact", organisationId, personId));
        }
        unlink(contact);
    }

    /** The contacts of an organisation, by name. */
    public List<OrganisationContact> of(long organisationId) {
        organisations.find(organisationId);
        return em.createQuery("select c from OrganisationContact c join fetch c.person p"
                + " where c.organisation.id = :o order by lower(p.lastName), lower(p.firstName), p.id",
                OrganisationContact.class).setParameter("o", organisationId).getResultList();
    }

    /** The organisations a person is a contact for, by name. */
    public List<OrganisationContact> forPerson(long personId) {
        return em.createQuery("select c from OrganisationContact c join fetch c.organisation o"
                + " where c.person.id = :p order by lower(o.name), o.id", OrganisationContact.class)
                .setParameter("p", personId).getResultList();
    }

    /** The merged person's links move to the survivor; where both were contacts, the survivor's link stays. */
    void on(@Observes PersonsMerged merged) {
        // the survivor keeps its own function, or takes the merged person's when it had none
        em.createNativeQuery("update organisation_contact s set function = m.function from organisation_contact m"
                + " where s.person_id = ?1 and m.person_id = ?2 and m.organisation_id = s.organisation_id"
                + " and s.function is null").setParameter(1, merged.survivorId()).setParameter(2, merged.mergedId())
                .executeUpdate();
        em.createNativeQuery("delete from organisation_contact m where m.person_id = ?2 and exists (select 1"
                + " from organisation_contact s where s.person_id = ?1 and s.organisation_id = m.organisation_id)")
                .setParameter(1, merged.survivorId()).setParameter(2, merged.mergedId()).executeUpdate();
        em.createNativeQuery("update organisation_contact set person_id = ?1 where person_id = ?2")
                .setParameter(1, merged.survivorId()).setParameter(2, merged.mergedId()).executeUpdate();
    }

    /** An erased person is no one's contact any more. */
    void on(@Observes PersonErased erased) {
        forPerson(erased.personId()).forEach(this::unlink);
    }

    void on(@Observes PersonDeleting deleting) {
        forPerson(deleting.personId()).forEach(this::unlink);
    }

    void on(@Observes OrganisationDeleting deleting) {
        of(deleting.organisationId()).forEach(this::unlink);
    }

    @Override
    public String section() {
        return "organisationContacts";
    }

    @Override
    public Object collect(long personId) {
        return forPerson(personId).stream()
                .map(c -> new ContactOf(c.organisation().id(), c.organisation().name(), c.function())).toList();
    }

    private void unlink(OrganisationContact contact) {
        audit.record(Organisations.AUDIT_TYPE, contact.organisation().id(), CONTACT_REMOVED,
                AuditTrail.diff(contact.auditState(), java.util.Map.of()));
        em.remove(contact);
    }
}
