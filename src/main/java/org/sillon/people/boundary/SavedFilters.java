package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sillon.people.entity.SavedFilter;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/** Searches of the registry lists saved under a name, by each staff member, possibly shared with all. */
@ApplicationScoped
@Transactional
public class SavedFilters {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** How saved filters are named in the audit trail. */
    public static final String AUDIT_TYPE = "SavedFilter";

    /** The fields a list may be sorted on, as its facade allows them. */
    static Set<String> sorts(RegistryList list) {
        Map<String, String> sorts = switch (list) {
            case PERSONS -> Persons.SORTS;
            case HOUSEHOLDS -> Households.SORTS;
            case ORGANISATIONS -> Organisations.SORTS;
        };
        return sorts.keySet();
    }

    /** Saves a search as the caller's own. */
    public SavedFilter save(Caller owner, RegistryList list, String name, SavedFilter.Criteria criteria,
            boolean shared) {
        SavedFilter filter = ProblemException.onField("body",
                () -> new SavedFilter(owner.username(), list, name, criteria, shared, clock.instant()));
        String sort = filter.criteria().sort();
        if (sort != null) {
            try {
                PageRequest.of(0, 1, sort, sorts(list), sort);
            } catch (ProblemException e) {
                throw ProblemException.invalid("criteria.sort", e.errors().get(0).message());
            }
        }
        boolean taken = em.createQuery("select count(f) from SavedFilter f where f.owner = :owner"
                + " and f.list = :list and lower(f.name) = lower(:name)", Long.class)
                .setParameter("owner", filter.owner()).setParameter("list", list).setParameter("name", filter.name())
                .getSingleResult() > 0;
        if (taken) {
            throw ProblemException.conflict("saved-filter-name-taken", "name",
                    Message.of("savedFilter.taken", filter.name()));
        }
        em.persist(filter);
        em.flush();
        audit.created(AUDIT_TYPE, filter.id(), filter.auditState());
        return filter;
    }

    /** The caller's own filters and those others shared, for one list or every list, by name. */
    public List<SavedFilter> visibleTo(Caller caller, RegistryList list) {
        jakarta.persistence.TypedQuery<SavedFilter> query = em.createQuery("select f from SavedFilter f"
                + " where (f.owner = :owner or f.shared = true)" + (list == null ? "" : " and f.list = :list")
                + " order by lower(f.name), f.id", SavedFilter.class).setParameter("owner", caller.username());
        return (list == null ? query : query.setParameter("list", list)).getResultList();
    }

    /** Deletes a saved filter; only its owner or an administrator may. */
    public void delete(long id, Caller by) {
        SavedFilter filter = em.find(SavedFilter.class, id);
        if (filter == null || !filter.shared() && !filter.deletableBy(by)) {
            throw ProblemException.notFound(Message.of("notFound.savedFilter", id)); // another's private filter is not shown to exist
        }
        if (!filter.deletableBy(by)) {
            throw ProblemException.forbidden(Message.of("savedFilter.notOwner"));
        }
        audit.deleted(AUDIT_TYPE, filter.id(), filter.auditState());
        em.remove(filter);
    }
}
