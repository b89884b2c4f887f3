package org.sillon.dedupe.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.dedupe.entity.DuplicateDismissal;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/** Likely duplicate persons. The office reads them; the animator and administrators dismiss pairs. */
@Path("v1/duplicates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.DUPLICATE_READERS)
@ApplicationScoped
public class DuplicatesResource {

    /** Two persons said not to be duplicates. */
    public record DismissalInput(List<Long> personIds) {
    }

    public record DismissalView(long personLowId, long personHighId, String dismissedBy, Instant dismissedAt) {

        static DismissalView of(DuplicateDismissal d) {
            return new DismissalView(d.personLowId(), d.personHighId(), d.dismissedBy(), d.dismissedAt());
        }
    }

    @Inject
    Duplicates duplicates;

    @Inject
    Provider<Caller> caller;

    @GET
    @Operation(summary = "Pairs of persons that look like one, best score first; minScore 0-100")
    public Page<Duplicates.Pair> list(@QueryParam("minScore") Integer minScore, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return duplicates.find(minScore, PageRequest.of(page, size, null, java.util.Set.of("score"), "score,desc"));
    }

    @POST
    @Path("dismissals")
    @Allowed(Audience.REGISTRY_EDITORS)
    @Operation(summary = "Say that two persons are not duplicates; the pair is no longer listed")
    public DismissalView dismiss(DismissalInput input) {
        return DismissalView.of(duplicates.dismiss(input.personIds(), caller.get()));
    }
}
