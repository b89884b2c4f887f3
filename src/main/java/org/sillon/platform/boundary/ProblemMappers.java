package org.sillon.platform.boundary;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillon.platform.control.Problem;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.Message;

/**
 * Every error the API returns is an RFC 9457 problem document; none is a bare 500 page. Each is worded in the
 * caller's language ({@code Accept-Language}: French or English, English when it names neither).
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** The language of the problem documents answered to this request. */
    public static Locale language(HttpHeaders headers) {
        return Language.accepted(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).locale();
    }

    @Provider
    public static class Refusals implements ExceptionMapper<ProblemException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProblemException e) {
            return e.toResponse(language(headers));
        }
    }

    /**
     * Bean Validation on resource parameters and on entities: 400 naming each field. Sillon's rules use message
     * keys instead; a violation's key is its template's, and its text is worded again in the caller's language.
     */
    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {

        private static final Pattern ONE_KEY = Pattern.compile("\\{([^{}]+)}");

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            return answer(e, language(headers));
        }

        static Response answer(ConstraintViolationException e, Locale language) {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                Matcher key = ONE_KEY.matcher(v.getMessageTemplate());
                errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), text(v, language),
                        key.matches() ? key.group(1) : null));
            }
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            String detail = Message.of("verbatim", errors.stream().map(f -> Message.of("problem.onField", f.field(),
                    Message.of("verbatim", f.message()))).toList()).text(language);
            return new Problem(Problem.TYPE_BASE + "invalid-request", Message.of("title.invalidRequest").text(language),
                    400, detail, errors.size() == 1 ? errors.get(0).key() : null, null, errors).toResponse();
        }

        /** The violation's message in {@code language}, or as the validator worded it if it cannot be again. */
        private static String text(ConstraintViolation<?> v, Locale language) {
            MessageInterpolator.Context context = new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return v.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return v.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new ValidationException("Nothing to unwrap to " + type.getName());
                }
            };
            try {
                return Validation.byDefaultProvider().configure().getDefaultMessageInterpolator()
                        .interpolate(v.getMessageTemplate(), context, language);
            } catch (ValidationException e) {
                return v.getMessage();
            }
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

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(OptimisticLockException e) {
            return Versions.stale().toResponse(language(headers));
        }
    }

    /**
     * JAX-RS's own answers (404 on an unknown path, 405, 406, 415...) in problem form, and the refusals thrown
     * wrapped in one where JAX-RS lets nothing else through (a parameter that does not parse).
     */
    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {

        /** The titles of the statuses JAX-RS answers on its own; another keeps its reason phrase. */
        private static final Map<Integer, Message> TITLES = Map.of(400, Message.of("http.400"),
                404, Message.of("http.404"), 405, Message.of("http.405"), 406, Message.of("http.406"),
                415, Message.of("http.415"), 500, Message.of("http.500"));

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            Locale language = language(headers);
            if (e.getCause() instanceof ProblemException refused) {
                return refused.toResponse(language);
            }
            Response r = e.getResponse();
            if (r.hasEntity()) {
                return r;
            }
            Response.StatusType status = r.getStatusInfo();
            Message title = TITLES.getOrDefault(status.getStatusCode(), Message.of("verbatim", status.getReasonPhrase()));
            Problem p = new Problem("about:blank", title.text(language), status.getStatusCode(),
                    Message.of("http.detail", status.getStatusCode(), title).text(language), title.key(), null, List.of());
            return Response.fromResponse(r).type(Problem.MEDIA).entity(p).build();
        }
    }

    /** Anything unforeseen: logged with its stack, answered without it. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Exception e) {
            Locale language = language(headers);
            Throwable cause = rootCause(e);
            if (cause instanceof OptimisticLockException) {
                return Versions.stale().toResponse(language);
            }
            if (cause instanceof ProblemException pe) {
                return pe.toResponse(language);
            }
            if (cause instanceof ConstraintViolationException cve) {
                return Violations.answer(cve, language);
            }
            if (isUniqueViolation(e)) {
                // two requests raced past the facade's own check: the database's unique index decided
                return new ProblemException(Response.Status.CONFLICT, "duplicate", Message.of("title.conflict"),
                        Message.of("duplicate"), List.of()).toResponse(language);
            }
            LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
            return internalError().toResponse(language);
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

    /** A failure of ours, logged where it happened: the answer names nothing of it. */
    public static ProblemException internalError() {
        return new ProblemException(Response.Status.INTERNAL_SERVER_ERROR, "internal-error",
                Message.of("title.internalError"), Message.of("internalError"), List.of());
    }
}
