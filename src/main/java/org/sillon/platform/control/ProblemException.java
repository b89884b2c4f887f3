package org.sillon.platform.control;

import jakarta.ws.rs.core.Response;
import java.time.Duration;

/**
 * A business refusal that the caller can act on: a duplicate email, a stale version, a household that still
 * has members. Thrown by facades and rules; REST answers it as a problem document and JSF shows it beside
 * the named field.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Duration retryAfter;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Duration retryAfter) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public static ProblemException conflict(String slug, String field, String detail) {
        return new ProblemException(onField(Response.Status.CONFLICT, slug, "Conflict", detail, field, detail));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "not-found", "Not found",
                what + " " + id + " does not exist"));
    }

    /** The caller's role allows the endpoint, but not on this record (someone else's interaction or task). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(Response.Status.FORBIDDEN, "forbidden", "Forbidden", detail));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalidField(field, message));
    }

    /** Refused for now, not for good: a 429 naming the field, saying in Retry-After when to come back. */
    public static ProblemException tooManyAttempts(String slug, String field, String message, Duration retryAfter) {
        return new ProblemException(onField(Response.Status.TOO_MANY_REQUESTS, slug, "Too many attempts",
                field + ": " + message, field, message), retryAfter);
    }

    /** The field's value is well formed, perhaps, but past a size limit that the message names (413). */
    public static ProblemException tooLarge(String slug, String field, String message) {
        return new ProblemException(onField(Response.Status.REQUEST_ENTITY_TOO_LARGE, slug, "Content too large",
                field + ": " + message, field, message));
    }

    private static Problem onField(Response.Status status, String slug, String title, String detail, String field,
            String message) {
        Problem p = Problem.of(status, slug, title, detail);
        return new Problem(p.type(), p.title(), p.status(), detail, null,
                java.util.List.of(new Problem.FieldError(field, message)));
    }

    public Problem problem() {
        return problem;
    }

    /** The answer to a REST client: the problem document, with Retry-After when the refusal is for now. */
    public Response toResponse() {
        Response answer = problem.toResponse();
        if (retryAfter == null) {
            return answer;
        }
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return Response.fromResponse(answer).header("Retry-After", seconds).build();
    }

    /** The field this refusal is about, if it names one. */
    public String field() {
        return problem.errors() == null || problem.errors().isEmpty() ? null : problem.errors().get(0).field();
    }

    /** Runs an entity's own check, turning its IllegalArgumentException into a refusal naming the field. */
    public static <T> T onField(String field, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (org.sillon.platform.entity.InvalidValue e) {
            throw invalid(e.field(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw invalid(field, e.getMessage());
        }
    }

    /** The same for a check that returns nothing. */
    public static void onField(String field, Runnable check) {
        onField(field, () -> {
            check.run();
            return null;
        });
    }
}
