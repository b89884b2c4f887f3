package org.sillon.platform.boundary;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sillon.platform.control.Problem;
import org.sillon.platform.control.ProblemException;

/** Every error the API returns is an RFC 9457 problem document; none is a bare 500 page. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class Refusals implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return e.toResponse();
        }
    }

    /** Bean Validation on resource parameters and on entities: 400 naming each field. */
    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
            }
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            String detail = errors.stream().map(f -> f.field() + ": " + f.message())
                    .reduce((a, b) -> a + "; " + b).orElse("invalid request");
            return Problem.invalid(detail, errors).toResponse();
        }

        /** "create.arg0.email" or "update.input.email" becomes "email". */
        static String fieldName(Path path) {
            StringBuilder name = new StringBuilder();
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                        || node.getKind() == ElementKind.RETURN_VALUE || node.getName() == null) {
                    continue;
                }
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(node.getName());
                if (node.getIndex() != null) {
                    name.append('[').append(node.getIndex()).append(']');
                }
            }
            return name.length() == 0 ? "body" : name.toString();
        }
    }

    /** Two people edited the same record: the later write loses and must reload. */
    @Provider
    public static class StaleWrites implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.of(Response.Status.PRECONDITION_FAILED, "stale-version", "Stale version",
                    "The record was changed by someone else since you read it; read it again and retry.")
                    .toResponse();
        }
    }

    /** JAX-RS's own answers (404 on an unknown path, 405, 406, 415...) in problem form. */
    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response r = e.getResponse();
            if (r.hasEntity()) {
                return r;
            }
            Response.StatusType status = r.getStatusInfo();
            Problem p = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    e.getMessage(), null, List.of());
            Response.ResponseBuilder b = Response.fromResponse(r).type(Problem.MEDIA).entity(p);
            return b.build();
        }
    }

    /** Anything unforeseen: logged with its stack, answered without it. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            Throwable cause = rootCause(e);
            if (cause instanceof OptimisticLockException ole) {
                return new StaleWrites().toResponse(ole);
            }
            if (cause instanceof ProblemException pe) {
                return pe.toResponse();
            }
            if (cause instanceof ConstraintViolationException cve) {
                return new Violations().toResponse(cve);
            }
            if (isUniqueViolation(e)) {
                // two requests raced past the facade's own check: the database's unique index decided
                return Problem.of(Response.Status.CONFLICT, "duplicate", "Conflict",
                        "This value is already used by another record; read it again and retry.").toResponse();
            }
            LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                    "Something went wrong on our side; the error was logged.").toResponse();
        }

        private static boolean isUniqueViolation(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        }

        private static Throwable rootCause(Throwable e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t && !(t instanceof ProblemException)
                    && !(t instanceof OptimisticLockException) && !(t instanceof ConstraintViolationException)) {
                t = t.getCause();
            }
            return t;
        }
    }
}
