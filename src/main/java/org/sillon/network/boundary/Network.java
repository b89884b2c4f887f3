package org.sillon.network.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import org.sillon.accounts.boundary.Accounts;
import org.sillon.association.boundary.AssociationDetails;
import org.sillon.association.boundary.Associations;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.boundary.Role;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.PostalAddress;

/** Registers associations on this installation, for the administrators of its first one. */
@ApplicationScoped
public class Network {

    /** A new association and the account of its first administrator. */
    public record NewAssociation(String name, PostalAddress address, String siret, String email,
            List<AssociationDetails.Site> sites, FirstAdmin admin) {
    }

    public record FirstAdmin(String username, String displayName, String email, String password) {
    }

    @Inject
    Associations associations;

    @Inject
    Accounts accounts;

    /** This bean through its proxy, so that {@link #registerIn} runs in a transaction bound to the new association. */
    @Inject
    Network self;

    /**
     * Registers an association with its first administrator, all or nothing, in a transaction bound to the new
     * association from its first statement; answers its id.
     */
    public long register(NewAssociation input, Caller by) {
        refuseUnlessOperator();
        if (input == null || input.admin() == null) {
            throw ProblemException.invalid("admin", Message.of("network.adminRequired"));
        }
        long id = associations.drawId();
        Tenancy.runAs(id, () -> self.registerIn(id, input, by));
        return id;
    }

    @Transactional
    public void registerIn(long id, NewAssociation input, Caller by) {
        associations.register(id, new AssociationDetails(input.name(), input.address(), input.siret(), input.email(),
                input.sites()));
        FirstAdmin admin = input.admin();
        accounts.register(new Accounts.NewAccount(admin.username(), admin.displayName(), admin.email(), Language.FR,
                EnumSet.of(Role.ADMIN), admin.password()), by);
    }

    /** Every association of the installation. */
    public List<Associations.Summary> all() {
        refuseUnlessOperator();
        return associations.all();
    }

    private void refuseUnlessOperator() {
        if (!associations.isDefault()) {
            throw ProblemException.forbidden(Message.of("network.operatorOnly"));
        }
    }
}
