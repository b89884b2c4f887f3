package org.sillon.testing.failure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/** {@code /api/test/failure}, in the integration tests' deployment only: an API method that fails as a bug would. */
@Path("test/failure")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Audience.ADMINS)
public class FailingResource {

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException(FailingAction.INTERNALS);
    }
}
