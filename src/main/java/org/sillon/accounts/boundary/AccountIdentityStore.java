package org.sillon.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Checks usernames and passwords against Sillon's own accounts, through the throttled login check. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @Inject
    Accounts accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        try {
            Accounts.LoginResult result = accounts.verifyPassword(credential.getCaller(),
                    credential.getPasswordAsString());
            if (result.outcome() == Accounts.Outcome.SUCCESS) {
                return new CredentialValidationResult(result.caller().username(), result.caller().groups());
            }
        } catch (RuntimeException e) {
            // two simultaneous first failures for one username collide on insert: still a failed login
            LOG.log(Level.FINE, "Login check failed", e);
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
