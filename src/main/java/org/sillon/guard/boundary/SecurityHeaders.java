package org.sillon.guard.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries. Pages get their Content-Security-Policy from PrimeFaces (a nonce per
 * view, see web.xml); API answers get one that allows nothing, as they are data, never documents. Pages and
 * API answers show personal data, so no cache keeps them ({@code no-store}); style sheets, scripts and
 * images stay cacheable. HSTS is sent only over HTTPS (directly or behind a proxy that says so with
 * X-Forwarded-Proto), since a browser ignores it over plain HTTP.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String HSTS = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (Paths.isApi(request)) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        if (Paths.isApi(request) || Paths.isPage(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
