package org.sillon.guard.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Renders an error page afresh. The container dispatches to it with the failed request's parameters, and a
 * failed form post carries a view state: JSF would take the error page for a postback of a view it never
 * rendered (and PrimeFaces would refuse it for want of that view's CSP nonce), ending on the server's own
 * page after all; a failed Ajax request would have it rendered as a partial response. An error page needs
 * no parameter, so it sees none, and it is a plain page: PrimeFaces' script, given an HTML answer to an
 * Ajax request, opens the error page itself.
 */
public class FreshErrorPage extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The header by which JSF recognises an Ajax request. */
    private static final String FACES_REQUEST = "Faces-Request";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }

            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getHeader(String name) {
                return FACES_REQUEST.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return FACES_REQUEST.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(h -> !FACES_REQUEST.equalsIgnoreCase(h)).toList());
            }
        }, response);
    }
}
