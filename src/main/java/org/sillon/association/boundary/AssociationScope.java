package org.sillon.association.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sillon.platform.control.Tenancy;

/**
 * Makes each request work for its association: the caller's, as the authentication found it
 * ({@link Tenancy#REQUEST_ATTRIBUTE}), or the default association for anonymous visitors.
 */
public class AssociationScope extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Associations associations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long association = request.getAttribute(Tenancy.REQUEST_ATTRIBUTE) instanceof Long id ? id
                : associations.defaultId();
        try (Tenancy.Scope scope = Tenancy.enter(association)) {
            chain.doFilter(request, response);
        }
    }
}
