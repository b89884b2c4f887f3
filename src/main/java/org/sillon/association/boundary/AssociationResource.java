package org.sillon.association.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.association.entity.Association;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.entity.Message;

/** Who the association is, and its production sites. */
@Path("v1/association")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Audience.EVERYONE)
@ApplicationScoped
public class AssociationResource {

    public record Site(long id, String name, String city) {
    }

    public record AssociationView(long id, String name, String city, String siret, String email, List<Site> sites) {

        static AssociationView of(Association a) {
            return new AssociationView(a.id(), a.name(), a.address() == null ? null : a.address().city(), a.siret(),
                    a.email(), a.sites().stream().map(s -> new Site(s.id(), s.name(),
                            s.address() == null ? null : s.address().city())).toList());
        }
    }

    @Inject
    Associations associations;

    @GET
    @Operation(summary = "The association and its production sites")
    public AssociationView get() {
        return associations.current().map(AssociationView::of)
                .orElseThrow(() -> ProblemException.notFound(Message.of("notFound.association")));
    }
}
