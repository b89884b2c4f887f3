package org.sillon.baskets.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.association.boundary.Associations;
import org.sillon.platform.control.SchemaMigration.SchemaReady;
import org.sillon.platform.control.Tenancy;

/**
 * Sends the reminders nobody should have to remember to send, every hour, for every association: the renewal
 * reminders of the subscriptions ending within four weeks, the volunteers' reminders of their turn within a
 * week, and the households' whose prepaid balance runs low. Each is sent once (the subscription or the turn is
 * locked and marked in the sending transaction; a low balance once until the next top-up), so two servers, or a
 * button pressed meanwhile, never send one twice. Off with {@code sillon.reminders.enabled=false}.
 */
@ApplicationScoped
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Associations associations;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Duties duties;

    @Inject
    Prepaid prepaid;

    @Inject
    @ConfigProperty(name = "sillon.reminders.enabled", defaultValue = "true")
    boolean enabled;

    void start(@Observes SchemaReady ready) {
        if (enabled) {
            executor.scheduleWithFixedDelay(this::remindAll, 10, 60, TimeUnit.MINUTES);
        }
    }

    /** One pass over every association; one failing does not stop the others, and the next hour tries again. */
    public void remindAll() {
        for (Associations.Summary association : associations.all()) {
            try {
                int renewals = Tenancy.runAs(association.id(), () -> subscriptions.remindRenewals(
                        BasketsHome.ENDING_WEEKS));
                int turns = Tenancy.runAs(association.id(), duties::remind);
                int prepaidLow = Tenancy.runAs(association.id(), prepaid::remind);
                if (renewals + turns + prepaidLow > 0) {
                    LOG.info(() -> "Association " + association.id() + ": " + renewals + " renewal reminder(s), "
                            + turns + " duty reminder(s), " + prepaidLow + " low prepaid balance(s)");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminders of association " + association.id() + " failed; the next pass"
                        + " tries again", e);
            }
        }
    }
}
