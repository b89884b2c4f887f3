package org.sillon.accounts.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The callers this server authenticated, so that a request whose token or session was seen a moment ago needs no
 * transaction to know who it is (the token's read was half of a trivial call's processor time). Forgotten all at
 * once whenever an account, its roles or its tokens change: at the commit of a change made here
 * ({@link CallerChanges}), and when the database tells of a change made anywhere ({@link CallerChangeListener}).
 * While the database cannot tell, nothing is remembered.
 *
 * <p>A read that began before a change may end after the change was told: each read notes the generation it
 * began in, and what it read is kept only if no change was told since.
 */
@ApplicationScoped
public class CallerCache {

    /** Beyond this many callers remembered, the cache starts again empty rather than grow. */
    static final int CAPACITY = 10_000;

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile boolean listening;

    private Duration maxAge;
    private LongSupplier nanoTime = System::nanoTime;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private record Entry(Object value, long generation, long keptAtNanos, Instant validUntil) {
    }

    public CallerCache() {
    }

    /** For unit tests: a cache that listens, with its own ticker. */
    CallerCache(Duration maxAge, LongSupplier nanoTime) {
        this.maxAge = maxAge;
        this.nanoTime = nanoTime;
        this.listening = true;
    }

    @Inject
    void configure(@ConfigProperty(name = "sillon.security.remember-callers-seconds") int seconds) {
        this.maxAge = Duration.ofSeconds(Math.max(0, seconds));
    }

    /** Whether callers are remembered at all; with 0 seconds every request reads its caller. */
    public boolean enabled() {
        return !maxAge.isZero();
    }

    /** Where a read of a caller begins: hand it back to {@link #keep}. */
    public long generation() {
        return generation.get();
    }

    /** The value kept under the key, if no change was told since it was read, it is young enough and still valid. */
    public <T> Optional<T> find(String key, Class<T> type, Instant now) {
        Entry e = entries.get(key);
        if (e == null || !listening || e.generation != generation.get()
                || nanoTime.getAsLong() - e.keptAtNanos > maxAge.toNanos() || !now.isBefore(e.validUntil)) {
            return Optional.empty();
        }
        return Optional.of(type.cast(e.value));
    }

    /**
     * Keeps what a read begun at {@code readAt} (its {@link #generation}) found, valid until {@code validUntil}
     * on the application's clock at most, unless a change was told since the read began.
     */
    public void keep(String key, Object value, long readAt, Instant validUntil) {
        if (!enabled() || !listening || generation.get() != readAt) {
            return;
        }
        if (entries.size() >= CAPACITY) {
            entries.clear();
        }
        Entry e = new Entry(value, readAt, nanoTime.getAsLong(), validUntil);
        entries.put(key, e);
        if (generation.get() != readAt) {
            entries.remove(key, e); // a change was told between the check and the put
        }
    }

    /** Forgets every caller: something about accounts, roles or tokens changed. */
    public void forget() {
        generation.incrementAndGet();
        entries.clear();
    }

    /**
     * Forgets every caller once the current transaction has ended, whether it committed or not: a read made
     * before then may have seen the rows as they were. Outside a transaction, at once.
     */
    void forgetAfterTransaction() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            forget();
            return;
        }
        forget(); // what is read from now until the commit must not be kept either
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forget();
            }
        });
    }

    /** Whether the database can tell this server of changes; when it cannot, nothing is remembered. */
    void listening(boolean listening) {
        forget();
        this.listening = listening;
        forget(); // a read that began while the state changed keeps nothing
    }
}
