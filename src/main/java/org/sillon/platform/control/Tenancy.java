package org.sillon.platform.control;

import java.util.function.Supplier;

/**
 * The association the current thread works for: set for each request by the association's filter, for each
 * background job from its row, and for start-up work to the installation's first association. Every
 * transaction begun under it is bound to it ({@link AssociationBinder}); without it, association-owned tables
 * show nothing.
 */
public final class Tenancy {

    /** The EclipseLink context property of the tenant discriminator, and the PostgreSQL setting of the policies. */
    public static final String PROPERTY = "sillon.association";

    /** Request attribute by which the authentication names the caller's association for the request's filter. */
    public static final String REQUEST_ATTRIBUTE = "sillon.association";

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    private Tenancy() {
    }

    /** The association of this thread's work, or null outside any. */
    public static Long current() {
        return CURRENT.get();
    }

    /** Runs {@code work} for {@code association}, then restores whatever the thread worked for before. */
    public static <T> T runAs(long association, Supplier<T> work) {
        try (Scope scope = enter(association)) {
            return work.get();
        }
    }

    /** Works for {@code association} until the scope closes, for work that throws checked exceptions (filters). */
    public static Scope enter(long association) {
        Long previous = CURRENT.get();
        CURRENT.set(association);
        return new Scope(previous);
    }

    /** The thread's work for an association, ended by {@link #close()}. */
    public static final class Scope implements AutoCloseable {

        private final Long previous;

        private Scope(Long previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The same for work that answers nothing. */
    public static void runAs(long association, Runnable work) {
        runAs(association, () -> {
            work.run();
            return null;
        });
    }
}
