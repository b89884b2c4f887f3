package org.sillon.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.sillon.platform.boundary.Caller;

/**
 * Produces the {@link Caller} of the current request, read once: the account the security mechanism
 * authenticated, with its roles and the person and household it belongs to; anonymous when nobody logged
 * in. The mechanism reads it with the account it checks and hands it on in a request attribute, so that a
 * request reads the account once; a form login, the one request that does not, reads it here. A
 * {@code Caller} is a value (a record cannot be proxied), so it is produced per injection from this
 * request-scoped holder: a REST resource, made once for the application, asks its {@code Provider<Caller>} in
 * each call; a page asks {@code UserSession.caller()} at each request. Neither keeps one (see
 * {@code ComponentsTest}).
 */
@RequestScoped
public class CurrentCaller {

    /** Request attribute by which the authentication hands on the caller it read. */
    static final String REQUEST_ATTRIBUTE = "sillon.caller";

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    private Caller caller;

    @Produces
    Caller caller() {
        if (caller == null) {
            Principal principal = security.getCallerPrincipal();
            // the mechanism found the account enabled moments ago; gone since, it is nobody
            if (principal == null) {
                caller = Caller.anonymous();
            } else if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Caller read && read.is(principal.getName())) {
                caller = read;
            } else {
                caller = accounts.caller(principal.getName()).orElseGet(Caller::anonymous);
            }
        }
        return caller;
    }
}
