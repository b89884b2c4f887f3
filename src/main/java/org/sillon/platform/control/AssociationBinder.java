package org.sillon.platform.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Binds each transaction, once, to the thread's association, twice over: EclipseLink's tenant discriminator
 * (every JPA read filtered, every write stamped) and PostgreSQL's transaction-local setting that the row-level
 * security policies compare (every statement, native ones too). It runs inside {@code @Transactional}'s
 * interceptor (priority 200), so the transaction exists; a transaction asked to work for a second association
 * is a defect and fails.
 */
@AssociationBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class AssociationBinder {

    private static final Object KEY = AssociationBinder.class;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    Object bind(InvocationContext invocation) throws Exception {
        Long association = Tenancy.current();
        if (association != null && registry.getTransactionKey() != null) {
            Object bound = registry.getResource(KEY);
            if (bound == null) {
                em.setProperty(Tenancy.PROPERTY, association);
                em.createNativeQuery("select set_config('sillon.association', ?1, true)")
                        .setParameter(1, association.toString()).getSingleResult();
                registry.putResource(KEY, association);
            } else if (!bound.equals(association)) {
                throw new IllegalStateException("A transaction working for association " + bound
                        + " was asked to work for association " + association);
            }
        }
        return invocation.proceed();
    }
}
