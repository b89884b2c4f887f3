package org.sillon.association.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.sillon.association.entity.Association;
import org.sillon.platform.control.AcrossAssociations;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.entity.Message;

/**
 * The associations of this installation. One is the default: the first, created by the migrations, which
 * anonymous visitors and start-up work belong to and whose administrators may register others (a network
 * deployment). Each transaction sees its own association only (see {@link Tenancy}).
 */
@ApplicationScoped
@Transactional
public class Associations {

    /** An association as the installation's operator lists them. */
    public record Summary(long id, String name) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AcrossAssociations across;

    private volatile Long defaultId;

    /** The installation's first association; it never changes once the migrations made it. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long defaultId() {
        Long id = defaultId;
        if (id == null) {
            id = across.read(em -> ((Number) em.createNativeQuery("select min(id) from association")
                    .getSingleResult()).longValue());
            defaultId = id;
        }
        return id;
    }

    /** Whether the thread works for the default association, whose administrators run the installation. */
    public boolean isDefault() {
        return Tenancy.current() != null && Tenancy.current() == defaultId();
    }

    /** The association the thread works for. */
    public Optional<Association> current() {
        return Optional.ofNullable(Tenancy.current()).map(id -> em.find(Association.class, id));
    }

    /** The name of the association the thread works for, which signs what it writes to its households. */
    public Optional<String> currentName() {
        return current().map(Association::name);
    }

    /** Describes the current association again: who it is and its production sites, all of them. */
    public void describe(AssociationDetails details) {
        Association association = current().orElseThrow(() -> ProblemException.notFound(Message.of("notFound.association")));
        ProblemException.onField("body",
                () -> association.describe(details.name(), details.address(), details.siret(), details.email()));
        association.closeSites();
        em.flush(); // the sites' names are unique: the old rows go before the new ones come
        openSites(association, details.sites());
    }

    /**
     * Draws the id of an association about to be registered, so that its registration runs bound to it
     * ({@code Tenancy.runAs(id, ...)}) and its first rows belong to it.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long drawId() {
        return across.read(em -> ((Number) em.createNativeQuery("select nextval('association_seq')")
                .getSingleResult()).longValue());
    }

    /** Registers the association with the id this transaction is bound to (see {@link #drawId}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void register(long id, AssociationDetails details) {
        if (Tenancy.current() == null || Tenancy.current() != id) {
            throw new IllegalStateException("Association " + id + " is registered in a transaction bound to it");
        }
        Association association = ProblemException.onField("body",
                () -> new Association(id, details.name(), details.address(), details.siret(), details.email()));
        openSites(association, details.sites());
        em.persist(association);
        em.flush();
    }

    /** Every association of the installation, for its operator. */
    public List<Summary> all() {
        return across.read(em -> em.createNativeQuery("select id, name from association order by id").getResultList()
                .stream().map(r -> {
                    Object[] row = (Object[]) r;
                    return new Summary(((Number) row[0]).longValue(), (String) row[1]);
                }).toList());
    }

    private static void openSites(Association association, List<AssociationDetails.Site> sites) {
        if (sites != null) {
            sites.forEach(s -> ProblemException.onField("sites", () -> association.openSite(s.name(), s.address())));
        }
    }
}
