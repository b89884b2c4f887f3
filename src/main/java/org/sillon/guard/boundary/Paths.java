package org.sillon.guard.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.sillon.platform.control.Problem;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Language;

/** What kind of address a request is for, and how the guard answers one before JAX-RS or JSF sees it. */
final class Paths {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Paths() {
    }

    /** The REST API, whose clients read problem documents rather than pages. */
    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    /** A page people read (and whose records must not stay in a shared browser's cache). */
    static boolean isPage(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/") || path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/");
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Answers {@code refusal} in the language the request accepts. */
    static void write(HttpServletRequest request, HttpServletResponse response, ProblemException refusal)
            throws IOException {
        Problem problem = refusal.problem(Language.accepted(request.getHeader("Accept-Language")).locale());
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(JSONB.toJson(problem).getBytes(StandardCharsets.UTF_8));
    }
}
