package org.sillon.association.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.sillon.association.entity.Association;
import org.sillon.platform.control.ProblemException;

/** The association of this installation (one for now; a network deployment will hold several). */
@ApplicationScoped
@Transactional
public class Associations {

    @PersistenceContext
    EntityManager em;

    /** Registers an association with its production sites and answers its id. */
    public long register(AssociationDetails details) {
        Association association = ProblemException.onField("body",
                () -> new Association(details.name(), details.address(), details.siret(), details.email()));
        if (details.sites() != null) {
            details.sites().forEach(s -> ProblemException.onField("sites", () -> association.openSite(s.name(), s.address())));
        }
        em.persist(association);
        em.flush();
        return association.id();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Association> current() {
        return em.createQuery("select a from Association a order by a.id", Association.class)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
