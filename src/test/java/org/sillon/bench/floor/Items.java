package org.sillon.bench.floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;

/** The floor's boundary: reads in a transaction, as Sillon's boundaries do. */
@ApplicationScoped
@Transactional
public class Items {

    @PersistenceContext(unitName = "floor")
    EntityManager em;

    public Item find(long id) {
        Item item = em.find(Item.class, id);
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }

    public List<Item> first(int size) {
        return em.createNamedQuery(Item.BY_NAME, Item.class).setMaxResults(size).getResultList();
    }
}
