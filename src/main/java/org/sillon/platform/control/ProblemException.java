package org.sillon.platform.control;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

/**
 * A business refusal that the caller can act on: a duplicate email, a stale version, a household that still
 * has members. Thrown by facades and rules with {@link Message}s, worded only when answered: REST as a problem
 * document in the caller's language, JSF beside the named field in the page's. {@link #getMessage()} is the
 * English detail, for logs.
 */
public class ProblemException extends RuntimeException {

    /** What is wrong with one field, in the client's JSON names. */
    public record Refusal(String field, Message message) {
    }

    private final Response.Status status;
    private final String slug;
    private final transient Message title;
    private final transient Message detail;
    private final transient List<Refusal> errors;
    private final transient Duration retryAfter;

    /** A refusal of type {@code https://sillon.org/problems/<slug>}, each field at fault among {@code errors}. */
    public ProblemException(Response.Status status, String slug, Message title, Message detail, List<Refusal> errors) {
        this(status, slug, title, detail, errors, null);
    }

    private ProblemException(Response.Status status, String slug, Message title, Message detail, List<Refusal> errors,
            Duration retryAfter) {
        super(detail.toString());
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public static ProblemException invalid(String field, Message message) {
        return new ProblemException(Response.Status.BAD_REQUEST, "invalid-request", Message.of("title.invalidRequest"),
                Message.of("problem.onField", field, message), List.of(new Refusal(field, message)));
    }

    public static ProblemException conflict(String slug, String field, Message message) {
        return new ProblemException(Response.Status.CONFLICT, slug, Message.of("title.conflict"), message,
                List.of(new Refusal(field, message)));
    }

    public static ProblemException notFound(Message message) {
        return new ProblemException(Response.Status.NOT_FOUND, "not-found", Message.of("title.notFound"), message,
                List.of());
    }

    /** The caller's role allows the endpoint, but not on this record (someone else's interaction or task). */
    public static ProblemException forbidden(Message message) {
        return new ProblemException(Response.Status.FORBIDDEN, "forbidden", Message.of("title.forbidden"), message,
                List.of());
    }

    /** Refused for now, not for good: a 429 naming the field, saying in Retry-After when to come back. */
    public static ProblemException tooManyAttempts(String slug, String field, Message message, Duration retryAfter) {
        return new ProblemException(Response.Status.TOO_MANY_REQUESTS, slug, Message.of("title.tooManyAttempts"),
                Message.of("problem.onField", field, message), List.of(new Refusal(field, message)), retryAfter);
    }

    /** The field's value is well formed, perhaps, but past a size limit that the message names (413). */
    public static ProblemException tooLarge(String slug, String field, Message message) {
        return new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, slug, Message.of("title.tooLarge"),
                Message.of("problem.onField", field, message), List.of(new Refusal(field, message)));
    }

    public int status() {
        return status.getStatusCode();
    }

    /** What went wrong, as the problem's detail says it. */
    public Message detail() {
        return detail;
    }

    /** Each field at fault and why. */
    public List<Refusal> errors() {
        return errors;
    }

    /** The problem document in {@code locale}'s language (French or English). */
    public Problem problem(Locale locale) {
        List<Problem.FieldError> fields = errors.stream()
                .map(r -> new Problem.FieldError(r.field(), r.message().text(locale), r.message().key())).toList();
        String key = errors.size() == 1 ? errors.get(0).message().key() : detail.key();
        return new Problem(Problem.TYPE_BASE + slug, title.text(locale), status.getStatusCode(), detail.text(locale), key,
                null, fields);
    }

    /** The answer to a REST client: the problem document, with Retry-After when the refusal is for now. */
    public Response toResponse(Locale locale) {
        Response answer = problem(locale).toResponse();
        if (retryAfter == null) {
            return answer;
        }
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return Response.fromResponse(answer).header("Retry-After", seconds).build();
    }

    /** The field this refusal is about, if it names one. */
    public String field() {
        return errors.isEmpty() ? null : errors.get(0).field();
    }

    /**
     * Runs an entity's own check, turning its {@link InvalidValue} into a refusal naming each field at fault (or
     * this one where it names none).
     */
    public static <T> T onField(String field, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidValue e) {
            List<Refusal> refusals = e.faults().stream()
                    .map(f -> new Refusal(f.field() == null ? field : f.field(), f.message())).toList();
            List<Message> each = refusals.stream().map(r -> Message.of("problem.onField", r.field(), r.message())).toList();
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-request", Message.of("title.invalidRequest"),
                    each.size() == 1 ? each.get(0) : Message.of("verbatim", each), refusals);
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
