package org.sillon.platform.control;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details document. {@code errors} names each field at fault, in the JSON names the
 * client sent.
 */
@JsonbNillable(false)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = new MediaType("application", "problem+json");
    private static final String TYPE_BASE = "https://sillon.org/problems/";

    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status.getStatusCode(), detail, null, List.of());
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + "invalid-request", "Invalid request", 400, detail, null, errors);
    }

    public static Problem invalidField(String field, String message) {
        return invalid(field + ": " + message, List.of(new FieldError(field, message)));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
