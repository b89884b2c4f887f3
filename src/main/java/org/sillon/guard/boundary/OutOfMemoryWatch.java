package org.sillon.guard.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.sillon.guard.control.MemoryWatch;

/** The outermost filter: an OutOfMemoryError leaving any request is recorded, so that health tells of it. */
public class OutOfMemoryWatch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            MemoryWatch.observe(e, Instant.now());
            throw e;
        }
    }
}
