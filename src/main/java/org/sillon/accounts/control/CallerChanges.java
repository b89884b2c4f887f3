package org.sillon.accounts.control;

import jakarta.inject.Inject;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells this server's {@link CallerCache} of a change to an account (its roles too) or a token made here, so that
 * the next request after the commit reads its caller again; other servers hear of it from the database
 * ({@link CallerChangeListener}). A token's last use, written by a bulk update, raises no event.
 */
public class CallerChanges {

    @Inject
    CallerCache cache;

    @PostUpdate
    @PostRemove
    void changed(Object accountOrToken) {
        cache.forgetAfterTransaction();
    }
}
