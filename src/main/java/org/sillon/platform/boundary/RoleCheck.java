package org.sillon.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Logger;
import org.sillon.platform.control.Problem;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on every REST method, the method's
 * annotation winning over its class's. An endpoint that declares nothing is closed: forgetting to declare
 * roles can only lock people out, never let them in.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(RoleCheck.class.getName());

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (method.isAnnotationPresent(DenyAll.class)) {
            roles = null;
        } else if (roles == null && !type.isAnnotationPresent(DenyAll.class)) {
            if (type.isAnnotationPresent(PermitAll.class)) {
                return;
            }
            roles = type.getAnnotation(RolesAllowed.class);
        }
        // Jersey's own OPTIONS and WADL handlers are closed too, silently; a Sillon endpoint is a mistake worth a log
        if (roles == null && !method.isAnnotationPresent(DenyAll.class) && !type.isAnnotationPresent(DenyAll.class)
                && type.getName().startsWith("org.sillon.")) {
            LOG.warning(() -> type.getName() + "." + method.getName() + " declares no roles: closed to everyone");
        }
        context.register(new Filter(roles == null ? new String[0] : roles.value()));
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Filter implements ContainerRequestFilter {

        private final String[] roles;

        Filter(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                        "unauthenticated", "Authentication required",
                        "Log in or send an API token as 'Authorization: Bearer <token>'.").toResponse())
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sillon\"").build());
                return;
            }
            if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                request.abortWith(Problem.of(Response.Status.FORBIDDEN, "forbidden", "Forbidden",
                        "Your roles do not allow this.").toResponse());
            }
        }
    }
}
