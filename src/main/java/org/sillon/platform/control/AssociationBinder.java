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
 * (every JPA read filtered, every write stamped) and PostgreSQL's setting that the row-level security policies
 * compare (every statement, native ones too), which {@link TenancyConnections} gives the transaction's connection
 * when it is taken. Only a connection taken before the binding, for no or another association, is given it here,
 * transaction-locally: a transaction that reads nothing then takes no connection at all. It runs inside
 * {@code @Transactional}'s interceptor (priority 200), so the transaction exists; a transaction asked to work for
 * a second association is a defect and fails.
 */
@AssociationBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class AssociationBinder {

    /** Transaction resource: the association the transaction is bound to. */
    static final Object KEY = AssociationBinder.class;

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
                registry.putResource(KEY, association);
                em.setProperty(Tenancy.PROPERTY, association);
                Object given = registry.getResource(TenancyConnections.GIVEN);
                if (given != null && !given.equals(association.toString())) {
                    em.createNativeQuery("select set_config('sillon.association', ?1, true)")
                            .setParameter(1, association.toString()).getSingleResult();
                    registry.putResource(TenancyConnections.GIVEN, association.toString());
                }
            } else if (!bound.equals(association)) {
                throw new IllegalStateException("A transaction working for association " + bound
                        + " was asked to work for association " + association);
            }
        }
        return invocation.proceed();
    }
}
