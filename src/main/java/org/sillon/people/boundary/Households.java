package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.Person;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Versions;

/** Households: their members and main contact. */
@ApplicationScoped
@Transactional
public class Households {

    /** How households are named in the audit trail. */
    public static final String AUDIT_TYPE = "Household";

    /** What a household is made of, as a form or an API sends it. */
    public record Composition(String name, Long mainContactId, List<Long> memberIds) {
    }

    public record Filter(String q, String city) {
    }

    public static final Map<String, String> SORTS = Map.of(
            "name", "lower(h.name)",
            "city", "c.address.city",
            "createdAt", "h.createdAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public Household create(Composition composition) {
        Person main = person("mainContactId", composition.mainContactId());
        Household household = ProblemException.onField("body",
                () -> new Household(composition.name(), main, clock.instant()));
        em.persist(household);
        for (Person p : members(composition)) {
            ProblemException.onField("memberIds", () -> household.addMember(p));
        }
        em.flush(); // the version in the answer is the one stored
        audit.created(AUDIT_TYPE, household.id(), household.auditState());
        return household;
    }

    /** Sets the name, members and main contact as given, if the household is still as the editor read it. */
    public Household update(long id, long expectedVersion, Composition composition) {
        Household household = find(id);
        Versions.check(expectedVersion, household.version());
        Map<String, Object> before = household.auditState();
        Person main = person("mainContactId", composition.mainContactId());
        Set<Person> wanted = new LinkedHashSet<>(members(composition));
        wanted.add(main);
        ProblemException.onField("memberIds", () -> {
            wanted.forEach(household::addMember);
            household.designateMainContact(main);
            for (Person p : new ArrayList<>(household.members())) {
                if (!wanted.contains(p)) {
                    household.removeMember(p);
                }
            }
            household.rename(composition.name());
        });
        em.lock(household, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, household.id(), before, household.auditState());
        return household;
    }

    /** Deletes the household; its members stay in the registry, in no household. */
    public void delete(long id) {
        Household household = find(id);
        audit.deleted(AUDIT_TYPE, household.id(), household.auditState());
        household.dissolve();
        em.flush();
        em.remove(household);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Household find(long id) {
        Household h = em.find(Household.class, id);
        if (h == null) {
            throw ProblemException.notFound("Household", id);
        }
        return h;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Household> search(Filter filter, PageRequest page) {
        return PagedQuery.of(em, Household.class, "h", "Household h left join h.mainContact c")
                .whereEveryWord("(h.searchText like :word or exists (select m from Person m where m.household = h"
                        + " and m.searchText like :word))", filter.q())
                .where("lower(c.address.city) like :city", "city", PagedQuery.startsWith(filter.city()))
                .fetch(page, SORTS);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("select count(h) from Household h", Long.class).getSingleResult();
    }

    private List<Person> members(Composition composition) {
        List<Person> result = new ArrayList<>();
        if (composition.memberIds() != null) {
            for (Long id : composition.memberIds()) {
                result.add(person("memberIds", id));
            }
        }
        return result;
    }

    private Person person(String field, Long id) {
        if (id == null) {
            throw ProblemException.invalid(field, "is required");
        }
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw ProblemException.invalid(field, "no person has the id " + id);
        }
        return p;
    }
}
