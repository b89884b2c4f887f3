package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.sillon.people.entity.Person;
import org.sillon.people.entity.Tags;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.PagedQuery;

/** The tags in use across the registry, and what becomes of a person's tags when they merge or are erased. */
@ApplicationScoped
@Transactional
// tags are part of the person's row (an element collection): deleted with it, in its DELETED audit line
@ReferenceHandler(tables = "person_tag", nothingToDoOn = PersonDeleting.class)
public class PersonTags {

    /** A tag and how many persons carry it. */
    public record TagUse(String tag, long persons) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Tags in use, alphabetically, optionally only those starting with {@code prefix}, for autocompletion. */
    public List<TagUse> inUse(String prefix) {
        String start = PagedQuery.startsWith(Tags.searchKey(prefix));
        // one line per tag whatever its case; min() picks one of its spellings
        return em.createQuery("select min(t.name), count(distinct p.id) from Person p join p.tags t"
                        + " where lower(t.name) like :start group by lower(t.name) order by lower(t.name)", Object[].class)
                .setParameter("start", start == null ? "%" : start)
                .getResultList().stream().map(r -> new TagUse((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    void merged(@Observes PersonsMerged e) {
        Person survivor = em.find(Person.class, e.survivorId());
        Person merged = em.find(Person.class, e.mergedId());
        Map<String, Object> before = survivor.auditState();
        survivor.addTags(merged.tags());
        merged.clearTags();
        audit.updated(Persons.AUDIT_TYPE, survivor.id(), before, survivor.auditState());
    }

    void erased(@Observes PersonErased e) {
        Person person = em.find(Person.class, e.personId());
        Map<String, Object> before = person.auditState();
        person.clearTags();
        audit.updated(Persons.AUDIT_TYPE, person.id(), before, person.auditState());
    }
}
