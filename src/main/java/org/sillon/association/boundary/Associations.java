package org.sillon.association.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.sillon.association.entity.Association;

/** The association of this installation (one for now; a network deployment will hold several). */
@ApplicationScoped
@Transactional
public class Associations {

    @PersistenceContext
    EntityManager em;

    public Association register(Association association) {
        em.persist(association);
        return association;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Association> current() {
        return em.createQuery("select a from Association a order by a.id", Association.class)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
