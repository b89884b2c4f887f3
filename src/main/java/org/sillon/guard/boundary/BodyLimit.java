package org.sillon.guard.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.sillon.platform.boundary.Upload;
import org.sillon.platform.control.CountingStream;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.Message;

/**
 * Bounds every REST request body to {@code sillon.api.max-body-bytes} (1 MB by default), so that no call
 * can make the server hold more than that: a declared Content-Length over the limit is refused before
 * anything is read, and a body sent without one is cut off as soon as it passes the limit. Both answer 413.
 * Uploads carry their own, larger limit, checked by their facade: their methods say so with {@link Upload}.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodyLimit implements ContainerRequestFilter {

    private final long maxBytes = ConfigProvider.getConfig().getValue("sillon.api.max-body-bytes", Long.class);

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(Upload.class)) {
            return;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && isOver(declared)) {
            // the body is not read: the connection cannot be reused, and a client that sent Expect: 100-continue
            // gets this answer without sending it
            Locale language = Language.accepted(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).locale();
            request.abortWith(Response.fromResponse(tooLarge(maxBytes).toResponse(language))
                    .header("Connection", "close").build());
            return;
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), maxBytes));
    }

    private boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // the container already refuses a malformed Content-Length
        }
    }

    static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large",
                Message.of("title.bodyTooLarge"), Message.of("body.tooLarge", maxBytes), List.of());
    }

    /** A body stream that refuses to deliver more than the limit. */
    static final class Bounded extends CountingStream {

        private final long max;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        protected void counted(int bytes, long total) {
            if (total > max) {
                // unchecked, so that JSON parsers pass it on instead of calling it malformed input; answered by
                // ProblemMappers.HttpErrors, in the caller's language
                throw new WebApplicationException(tooLarge(max), Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
        }
    }
}
