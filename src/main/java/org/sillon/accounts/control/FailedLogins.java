package org.sillon.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.accounts.entity.LoginThrottle;

/**
 * The {@code login_throttle} table, one row per client address, in the database so that it holds across a
 * restart and across servers. It stays bounded: when a new address arrives, rows quiet for a day go, and
 * past {@code sillon.login.max-tracked-addresses} rows the oldest go too.
 */
@ApplicationScoped
@Transactional
public class FailedLogins {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "sillon.login.max-tracked-addresses")
    int maxTrackedAddresses;

    @PostConstruct
    void check() {
        if (maxTrackedAddresses < 1) {
            throw new IllegalArgumentException("sillon.login.max-tracked-addresses must be 1 or more");
        }
    }

    /** The address's row as it is now, unlocked, or null when it has no failure on record. */
    public LoginThrottle find(String address) {
        return em.find(LoginThrottle.class, address);
    }

    /** Counts a failure against the address, whose row is locked so that parallel failures all count. */
    public LoginThrottle recordFailure(String address, Instant now, LoginThrottle.Policy policy) {
        LoginThrottle row = em.find(LoginThrottle.class, address, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            // a parallel first failure may insert the same address: both then count on its one row
            int inserted = em.createNativeQuery("insert into login_throttle (address, failures, last_failure_at)"
                    + " values (?1, 0, ?2) on conflict (address) do nothing")
                    .setParameter(1, address).setParameter(2, now.atOffset(ZoneOffset.UTC)).executeUpdate();
            if (inserted == 1) {
                makeRoom(now);
            }
            row = em.find(LoginThrottle.class, address, LockModeType.PESSIMISTIC_WRITE);
        }
        row.recordFailure(now, policy);
        return row;
    }

    public void recordSuccess(String address, Instant now) {
        LoginThrottle row = em.find(LoginThrottle.class, address, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            row.recordSuccess(now);
        }
    }

    /** Done on each new row only, which is when the table grows; both deletes follow the last_failure_at index. */
    private void makeRoom(Instant now) {
        em.createQuery("delete from LoginThrottle t where t.lastFailureAt < :quiet")
                .setParameter("quiet", now.minus(LoginThrottle.QUIET_PERIOD)).executeUpdate();
        long rows = em.createQuery("select count(t) from LoginThrottle t", Long.class).getSingleResult();
        if (rows > maxTrackedAddresses) {
            em.createNativeQuery("delete from login_throttle where address in (select address from login_throttle"
                    + " order by last_failure_at limit ?1)")
                    .setParameter(1, rows - maxTrackedAddresses).executeUpdate();
        }
    }
}
