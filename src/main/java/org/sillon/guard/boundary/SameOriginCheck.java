package org.sillon.guard.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.Message;

/**
 * Cross-site request forgery defence for REST calls that ride on a session cookie: a browser sends the
 * cookie with a form another site posts (SameSite=Lax still lets top-level POSTs of some browsers through,
 * and a text/plain POST needs no preflight). A state-changing call with a cookie and no bearer token must
 * prove it comes from Sillon's own pages: a {@code Sec-Fetch-Site: same-origin} or an {@code Origin} equal
 * to Sillon's, or, from a client that sends neither, an {@code X-Requested-With} header, which no other
 * site can add without a CORS preflight that Sillon never grants. Bearer-token calls carry no ambient
 * credential and pass.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SameOriginCheck implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** The origin of sillon.base-url: the address people use, whatever Host a proxy passes on. */
    private final String configuredOrigin;

    public SameOriginCheck() {
        this(origin(URI.create(ConfigProvider.getConfig().getValue("sillon.base-url", String.class))));
    }

    SameOriginCheck(String configuredOrigin) {
        this.configuredOrigin = configuredOrigin;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || !request.getCookies().containsKey("JSESSIONID")
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        Message refusal = refusal(request.getHeaderString("Sec-Fetch-Site"), request.getHeaderString("Origin"),
                request.getHeaderString("X-Requested-With"), origin(request.getUriInfo().getBaseUri()));
        if (refusal != null) {
            request.abortWith(new ProblemException(Response.Status.FORBIDDEN, "cross-origin",
                    Message.of("title.crossOrigin"), refusal, List.of())
                    .toResponse(Language.accepted(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).locale()));
        }
    }

    /** Why a cookie-carrying call is refused, or null when it shows it comes from Sillon's own pages. */
    Message refusal(String fetchSite, String origin, String requestedWith, String ownOrigin) {
        if (fetchSite != null) {
            return "same-origin".equalsIgnoreCase(fetchSite.strip()) ? null
                    : Message.of("crossOrigin.site", "Sec-Fetch-Site: " + fetchSite.strip());
        }
        if (origin != null) {
            String o = origin.strip().toLowerCase(Locale.ROOT);
            return o.equals(ownOrigin) || o.equals(configuredOrigin) ? null
                    : Message.of("crossOrigin.site", "Origin: " + origin.strip());
        }
        return requestedWith != null ? null : Message.of("crossOrigin.cookie");
    }

    static String origin(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port < 0 || "http".equals(uri.getScheme()) && port == 80
                || "https".equals(uri.getScheme()) && port == 443;
        return (uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port)).toLowerCase(Locale.ROOT);
    }
}
