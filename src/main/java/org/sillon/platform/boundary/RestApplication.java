package org.sillon.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API lives under /api; each resource adds its version, as in /api/v1/persons. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Sillon API", version = "1",
                description = "Member relations and basket subscriptions for associative gardens. "
                        + "Errors are RFC 9457 problem details; updates need If-Match with the ETag last read."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token created by an administrator (Administration > API tokens)")
public class RestApplication extends Application {
}
