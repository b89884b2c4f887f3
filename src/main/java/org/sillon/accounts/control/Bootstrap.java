package org.sillon.accounts.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.accounts.boundary.Accounts;
import org.sillon.accounts.boundary.ApiTokens;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.boundary.Role;
import org.sillon.association.boundary.Associations;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.control.SchemaMigration.SchemaReady;

/**
 * The first administrator of a new installation: when no account exists yet, creates "admin" with the
 * password and, optionally, the API token given in configuration, so that a fresh production database can
 * be reached without touching SQL.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());
    /** Who the audit trail and the token say created the first administrator. */
    private static final String ACTOR = "bootstrap";

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    @ConfigProperty(name = "sillon.bootstrap.admin-password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "sillon.bootstrap.admin-token")
    Optional<String> adminToken;

    @Inject
    @ConfigProperty(name = "sillon.bootstrap.admin-email")
    Optional<String> adminEmail;

    @Inject
    Associations associations;

    /** This bean through its proxy, so that {@link #createAdmin} runs in a transaction. */
    @Inject
    Bootstrap self;

    /** Runs after the demo loader (priority 100), which brings its own accounts; in the default association. */
    void onStart(@Observes @Priority(200) SchemaReady ready) {
        Tenancy.runAs(associations.defaultId(), () -> self.createAdmin());
    }

    @jakarta.transaction.Transactional
    public void createAdmin() {
        if (accounts.count() > 0) {
            return;
        }
        if (adminPassword.isEmpty() && adminToken.isEmpty()) {
            LOG.warning("No account exists: set SILLON_BOOTSTRAP_ADMIN_PASSWORD to create the first administrator");
            return;
        }
        AuditTrail.actingAs(ACTOR, () -> {
            accounts.create(new Accounts.NewAccount("admin", "Administrateur", adminEmail.orElse(null), null,
                    Set.of(Role.ADMIN), adminPassword.orElse(null)), Caller.system(ACTOR));
            adminToken.ifPresent(secret -> tokens.createWithSecret("admin", "bootstrap", null, Caller.system(ACTOR),
                    secret));
            return null;
        });
        LOG.info("Created the first administrator account 'admin'");
    }
}
