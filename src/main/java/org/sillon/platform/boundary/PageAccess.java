package org.sillon.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Who may open which page, by address, in the same {@link Audience} terms as the REST methods. web.xml only
 * asks for a login on these addresses (role {@code **}), so that an anonymous visitor is sent to the login
 * page; this filter then answers 403 to a logged-in person outside the page's audience. The longest
 * matching prefix decides.
 */
public class PageAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Map<String, Audience> PAGES = Map.of(
            "/index.xhtml", Audience.EVERYONE,
            "/account/", Audience.EVERYONE,
            "/people/", Audience.STAFF,
            "/baskets/", Audience.STAFF,
            "/baskets/billing.xhtml", Audience.ACCOUNT_KEEPERS,
            "/baskets/funders.xhtml", Audience.SOLIDARITY_READERS,
            "/people/import.xhtml", Audience.REGISTRY_EDITORS,
            "/people/duplicates.xhtml", Audience.DUPLICATE_READERS,
            "/admin/", Audience.ADMINS,
            "/metrics", Audience.ADMINS);

    /** The audience of a path inside the application, if it is one of the pages above. */
    static Optional<Audience> audienceOf(String path) {
        return PAGES.entrySet().stream().filter(e -> path.equals(e.getKey()) || path.startsWith(e.getKey())
                        && (e.getKey().endsWith("/") || path.charAt(e.getKey().length()) == '/'))
                .max(Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Audience> audience = audienceOf(request.getRequestURI().substring(request.getContextPath().length()));
        if (audience.isPresent() && request.getUserPrincipal() != null && !audience.get().admits(request::isUserInRole)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
