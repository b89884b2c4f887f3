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
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.Message;

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
            Locale language = Language.accepted(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).locale();
            if (security.getUserPrincipal() == null) {
                request.abortWith(Response.fromResponse(new ProblemException(Response.Status.UNAUTHORIZED,
                        "unauthenticated", Message.of("title.unauthenticated"), Message.of("unauthenticated"), List.of())
                        .toResponse(language))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sillon\"").build());
                return;
            }
            if (audience == null || !audience.admits(security::isUserInRole)) {
                request.abortWith(ProblemException.forbidden(Message.of("roles.refused")).toResponse(language));
            }
        }
    }
}
