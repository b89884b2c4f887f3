package org.sillon.platform.boundary;

import jakarta.annotation.Priority;
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
import java.util.logging.Logger;
import org.sillon.platform.control.Problem;

/**
 * Enforces {@link Allowed} on every REST method, the method's annotation winning over its class's. An
 * endpoint that declares nothing is closed: forgetting to declare who may call it can only lock people out,
 * never let them in.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(RoleCheck.class.getName());

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        Allowed allowed = method.isAnnotationPresent(Allowed.class) ? method.getAnnotation(Allowed.class)
                : type.getAnnotation(Allowed.class);
        // Jersey's own OPTIONS and WADL handlers are closed too, silently; a Sillon endpoint is a mistake worth a log
        if (allowed == null && type.getName().startsWith("org.sillon.")) {
            LOG.warning(() -> type.getName() + "." + method.getName() + " declares no audience: closed to everyone");
        }
        context.register(new Filter(allowed == null ? null : allowed.value()));
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Filter implements ContainerRequestFilter {

        /** Who may call; null: nobody. */
        private final Audience audience;

        Filter(Audience audience) {
            this.audience = audience;
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
            if (audience == null || !audience.admits(security::isUserInRole)) {
                request.abortWith(Problem.of(Response.Status.FORBIDDEN, "forbidden", "Forbidden",
                        "Your roles do not allow this.").toResponse());
            }
        }
    }
}
