package org.sillon.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.privacy.entity.PersonalDataRequest;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/** The register of personal-data requests (access, erasure) the GDPR asks the association to keep. */
@Path("v1/personal-data-requests")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Audience.ADMINS)
@ApplicationScoped
public class PersonalDataRequestsResource {

    public record RequestView(long id, long personId, PersonalDataRequest.Kind kind, Instant requestedAt,
            Instant completedAt, String handledBy, String note) {

        static RequestView of(PersonalDataRequest r) {
            return new RequestView(r.id(), r.personId(), r.kind(), r.requestedAt(), r.completedAt(), r.handledBy(),
                    r.note());
        }
    }

    @Inject
    PersonalData data;

    @GET
    @Operation(summary = "Requests, newest first; personId narrows to one person")
    public Page<RequestView> list(@QueryParam("personId") Long personId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, PersonalData.SORTS.keySet(), "requestedAt,desc");
        return data.requests(personId, request).map(RequestView::of);
    }
}
