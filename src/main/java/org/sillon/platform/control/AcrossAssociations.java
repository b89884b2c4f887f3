package org.sillon.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/**
 * The few reads that must look across associations before one is known: which association an account or a
 * token belongs to, which association has mail due, which is the installation's first, and the operator's list
 * of associations. They run in a transaction of their own with the policies' maintenance setting, through native
 * SQL only (the tenant discriminator of JPA entities would still filter), and answer ids (and, for that list,
 * names), never an association's records.
 */
@ApplicationScoped
public class AcrossAssociations {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T read(Function<EntityManager, T> work) {
        em.createNativeQuery("select set_config('sillon.maintenance', 'on', true)").getSingleResult();
        return work.apply(em);
    }
}
