package org.sillon.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.sillon.platform.boundary.Caller;

/**
 * Produces the {@link Caller} of the current request, read once: the account the security mechanism
 * authenticated, with its roles and the person and household it belongs to; anonymous when nobody logged
 * in. A {@code Caller} is a value (a record cannot be proxied), so it is produced per injection from this
 * request-scoped holder: a REST resource, made per request, injects it; a page asks
 * {@code UserSession.caller()} at each request instead of keeping one.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Caller caller;

    @Produces
    Caller caller() {
        if (caller == null) {
            Principal principal = security.getCallerPrincipal();
            // the mechanism found the account enabled moments ago; gone since, it is nobody
            caller = principal == null ? Caller.anonymous()
                    : accounts.caller(principal.getName()).orElseGet(Caller::anonymous);
        }
        return caller;
    }
}
