package org.sillon.platform.control;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details document, in one language. {@code errors} names each field at fault, in the
 * JSON names the client sent. {@code key} is the message key of what went wrong (its one field's, when it
 * names one), for clients that word it themselves; each error has its own.
 */
@JsonbNillable(false)
public record Problem(String type, String title, int status, String detail, String key, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = new MediaType("application", "problem+json");
    public static final String TYPE_BASE = "https://sillon.org/problems/";

    public record FieldError(String field, String message, String key) {
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
