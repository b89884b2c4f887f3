package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sillon.people.entity.Organisation;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Versions;
import java.util.Set;
import java.util.Collection;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.PostalAddress;

/** Organisations of the registry: clients, partners and funders. */
@ApplicationScoped
@Transactional
// roles are part of the organisation's row (an element collection): deleted with it
@ReferenceHandler(tables = "organisation_role", nothingToDoOn = OrganisationDeleting.class)
public class Organisations {

    /** How organisations are named in the audit trail. */
    public static final String AUDIT_TYPE = "Organisation";

    public record Filter(String q, OrganisationKind kind, OrganisationRole role) {
    }

    public static final Map<String, String> SORTS = Map.of(
            "name", "lower(o.name)",
            "kind", "o.kind",
            "city", "o.address.city",
            "createdAt", "o.createdAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<OrganisationDeleting> deletions;

    public Organisation create(OrganisationDetails details) {
        Organisation o = ProblemException.onField("body", () -> new Organisation(details, clock.instant()));
        refuseTakenSiret(o.siret(), null);
        em.persist(o);
        em.flush(); // the version in the answer is the one stored
        audit.created(AUDIT_TYPE, o.id(), o.auditState());
        return o;
    }

    /** Creates an organisation as {@link #create} does and answers its id. */
    public long register(OrganisationDetails details) {
        return create(details).id();
    }

    public Organisation update(long id, long expectedVersion, OrganisationDetails details) {
        Organisation o = find(id);
        Versions.check(expectedVersion, o.version());
        Map<String, Object> before = o.auditState();
        ProblemException.onField("body", () -> o.describe(details, clock.instant()));
        refuseTakenSiret(o.siret(), o.id());
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, o.id(), before, o.auditState());
        return o;
    }

    /** Deletes the organisation once every component agreed ({@link OrganisationDeleting}); else a 409. */
    public void delete(long id) {
        Organisation o = find(id);
        OrganisationDeleting asked = new OrganisationDeleting(id);
        deletions.fire(asked);
        asked.proceedUnlessRefused(Message.of("record.organisation", id));
        em.flush(); // the rows the observers removed go before the one their keys point at
        audit.deleted(AUDIT_TYPE, o.id(), o.auditState());
        em.remove(o);
    }

    public Organisation find(long id) {
        Organisation o = em.find(Organisation.class, id);
        if (o == null) {
            throw ProblemException.notFound(Message.of("notFound.organisation", id));
        }
        return o;
    }

    public Page<Organisation> search(Filter filter, PageRequest page) {
        return filtered(filter).fetch(page, SORTS);
    }

    private PagedQuery<Organisation> filtered(Filter filter) {
        return PagedQuery.of(em, Organisation.class, "o", "Organisation o")
                .whereEveryWord("o.searchText like :word", filter.q())
                .where("o.kind = :kind", "kind", filter.kind())
                .where(":role member of o.roles", "role", filter.role());
    }

    /**
     * Every organisation of {@link #search} (its page and size aside) as rows, in the list's order, handed to
     * {@code each} as they are read: one query in one pass with no count, and the roles of each chunk in one
     * more query.
     */
    public void export(Filter filter, PageRequest sort, Consumer<OrganisationRow> each) {
        filtered(filter).chunks("o.id, o.name, o.kind, o.siret, o.email, o.phone, o.address", sort, SORTS,
                Persons.EXPORT_CHUNK, rows -> {
                    Map<Long, List<OrganisationRole>> roles = new HashMap<>();
                    em.createQuery("select o.id, r from Organisation o join o.roles r where o.id in :ids",
                            Object[].class).setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList())
                            .getResultList().forEach(r -> roles.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                                    .add((OrganisationRole) r[1]));
                    for (Object[] r : rows) {
                        List<OrganisationRole> own = roles.getOrDefault((Long) r[0], new ArrayList<>());
                        own.sort(null); // in the enum's order, as the entity's EnumSet holds them
                        each.accept(new OrganisationRow((Long) r[0], (String) r[1], (OrganisationKind) r[2], own,
                                (String) r[3], (String) r[4], (String) r[5], (PostalAddress) r[6]));
                    }
                });
    }

    public long count() {
        return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    }

    /** One record per establishment: a second organisation with the same SIRET is a duplicate. */
    private void refuseTakenSiret(String siret, Long exceptId) {
        if (siret == null) {
            return;
        }
        boolean taken = em.createQuery("select count(o) from Organisation o where o.siret = :siret and o.id <> :id",
                Long.class).setParameter("siret", siret).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
        if (taken) {
            throw ProblemException.conflict("siret-taken", "siret", Message.of("siret.taken", siret));
        }
    }

    /** The cards of the organisations that exist among {@code ids}, in one query; unknown ids are left out. */
    public List<OrganisationCard> cards(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new org.sillon.people.boundary.OrganisationCard(o.id, o.name)"
                + " from Organisation o where o.id in :ids", OrganisationCard.class)
                .setParameter("ids", Set.copyOf(ids)).getResultList();
    }
}
