package org.sillon.guard.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/**
 * Refuses a request whose address or parameters carry a NUL character ({@code ?city=a%00b}): no text
 * field can hold it (PostgreSQL refuses 0x00), so it is an attack or a broken client, and the answer is a
 * 400 naming the parameter rather than a database error. JSON bodies are checked by {@link StrictJsonReader}.
 * A form or upload too large for the container (2 MB of fields, 50 MB of files) is a 413 here rather than an
 * exception later.
 */
@WebFilter(filterName = "RequestHygiene", urlPatterns = "/*")
public class RequestHygiene extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The container's default max-form-post-size-bytes, which Sillon keeps; uploads may be larger. */
    private static final long MAX_FORM_BYTES = 2 * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // every page posts UTF-8; reading the parameters first must not fix them as ISO-8859-1 for JSF
            request.setCharacterEncoding("UTF-8");
        }
        String refused = request.getRequestURI().toLowerCase(Locale.ROOT).contains("%00") ? "path" : null;
        if (refused == null && !isFormPostToApi(request)) {
            Map<String, String[]> parameters;
            try {
                parameters = request.getParameterMap();
            } catch (RuntimeException unreadable) {
                // the container could not read the parameters: a form past its max-form-post-size-bytes
                // ("GRIZZLY0205"), an upload past web.xml's multipart-config, or a broken body
                response.sendError(request.getContentLengthLong() > MAX_FORM_BYTES
                        ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            for (Map.Entry<String, String[]> p : parameters.entrySet()) {
                if (hasNul(p.getKey()) || java.util.Arrays.stream(p.getValue()).anyMatch(RequestHygiene::hasNul)) {
                    refused = p.getKey().replace('\0', '?');
                    break;
                }
            }
        }
        if (refused == null) {
            chain.doFilter(request, response);
        } else if (Paths.isApi(request)) {
            Paths.write(request, response, ProblemException.invalid(refused, Message.of("nul")));
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** The API takes no form bodies; reading one here would only consume it before JAX-RS refuses it. */
    private static boolean isFormPostToApi(HttpServletRequest request) {
        String type = request.getContentType();
        return Paths.isApi(request) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static boolean hasNul(String s) {
        return s != null && s.indexOf('\0') >= 0;
    }
}
