package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.baskets.entity.ExtraOrder;
import org.sillon.baskets.entity.Pause;
import org.sillon.baskets.entity.Subscription;
import org.sillon.baskets.entity.SubscriptionState;
import org.sillon.baskets.entity.SubscriptionStatus;
import org.sillon.baskets.entity.SubscriptionTerm;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;

/**
 * Households' basket subscriptions. The team reads them; the office (administrators, the animator, the
 * treasurer) takes, changes and ends them. Weeks are written {@code 2026-W49}.
 */
@Path("v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class SubscriptionsResource {

    /** What a term delivers and from which week. */
    public record TermView(String fromWeek, long sizeOfferId, long dropOffPointId, List<Long> optionIds,
            Long funderId) {

        static TermView of(SubscriptionTerm t) {
            return new TermView(t.fromWeek().toString(), t.sizeOfferId(), t.dropOffPointId(),
                    t.optionIds().stream().sorted().toList(), t.funderId());
        }
    }

    /** A subscription, its status this week and its terms oldest first. */
    /** Weeks the subscription is paused, both included. */
    public record PauseView(long id, String fromWeek, String toWeek) {
    }

    public record SubscriptionView(long id, long householdId, SubscriptionState state, SubscriptionStatus status,
            boolean trial, Long periodId, String firstWeek, String lastWeek, String endedReason,
            java.time.Instant remindedAt, List<TermView> terms, List<PauseView> pauses, long version) {

        static SubscriptionView of(Subscription s, IsoWeek thisWeek) {
            return new SubscriptionView(s.id(), s.householdId(), s.state(), s.statusIn(thisWeek), s.trial(), s.periodId(),
                    s.firstWeek().toString(), s.lastWeek().toString(), s.endedReason(), s.remindedAt(),
                    s.terms().stream().map(TermView::of).toList(), s.pauses().stream().map(p -> new PauseView(p.id(),
                            p.fromWeek().toString(), p.toWeek().toString())).toList(), s.version());
        }
    }

    /**
     * A subscription asked for; {@code funderId} makes it a solidarity basket, {@code trial} a trial basket;
     * {@code periodId} takes the period's weeks (from the first the cut-off reaches) for those not given.
     * {@code waitingList} true puts the household on the point's waiting list when it is full; otherwise a full
     * point is refused (409 naming {@code dropOffPointId}).
     */
    public record SubscriptionInput(Long householdId, String firstWeek, String lastWeek, Long sizeOfferId,
            Long dropOffPointId, Set<Long> optionIds, Boolean waitingList, Boolean trial, Long funderId, Long periodId) {
    }

    /** A change of basket or place from a week on. */
    public record ChangeInput(String fromWeek, Long sizeOfferId, Long dropOffPointId, Set<Long> optionIds,
            Long funderId) {
    }

    /** Weeks to pause, both included. */
    public record PauseInput(String fromWeek, String toWeek) {
    }

    /** The new last week: earlier to end, later to renew. */
    public record EndInput(String lastWeek, String reason) {
    }

    @Inject
    Subscriptions subscriptions;

    @Inject
    Extras extras;

    @Inject
    Provider<Caller> caller;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Subscriptions, paged; filter by state, household or drop-off point (of the latest term)")
    public Page<SubscriptionView> list(@QueryParam("state") SubscriptionState state,
            @QueryParam("householdId") Long householdId, @QueryParam("dropOffPointId") Long dropOffPointId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, Subscriptions.SORTS.keySet(), "requestedAt");
        IsoWeek now = thisWeek();
        return subscriptions.search(new Subscriptions.Filter(state, householdId, dropOffPointId), request)
                .map(s -> SubscriptionView.of(s, now));
    }

    @POST
    @Path("{id}/pauses")
    @Allowed(Audience.SUBSCRIPTION_EDITORS)
    @Operation(summary = "Pause the deliveries from a week to a week (no basket, no charge, the place kept); If-Match"
            + " required")
    public Response pause(@PathParam("id") long id, PauseInput input, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (input == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        Pause p = subscriptions.pause(id, Versions.expected(headers), optionalWeek("fromWeek", input.fromWeek()),
                optionalWeek("toWeek", input.toWeek()), caller.get());
        Subscription s = subscriptions.find(id);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(p.id())).build())
                .tag(Versions.tag(s.version())).entity(view(s)).build();
    }

    @DELETE
    @Path("{id}/pauses/{pauseId}")
    @Allowed(Audience.SUBSCRIPTION_EDITORS)
    @Operation(summary = "Resume: a pause not begun is taken back, one under way ends before the first week the cut-off"
            + " reaches; If-Match required")
    public Response resume(@PathParam("id") long id, @PathParam("pauseId") long pauseId, @Context HttpHeaders headers) {
        Subscription s = subscriptions.resume(id, Versions.expected(headers), pauseId, caller.get());
        return Response.ok(view(s)).tag(Versions.tag(s.version())).build();
    }

    /** Extras asked for: an offer of kind EXTRA, how many, from a week, for that week only or every week. */
    public record ExtraInput(Long offerId, Integer quantity, String fromWeek, Boolean everyWeek) {
    }

    /** An extra order; {@code toWeek} null for every week until the subscription ends. */
    public record ExtraView(long id, long offerId, int quantity, String fromWeek, String toWeek) {

        static ExtraView of(ExtraOrder e) {
            return new ExtraView(e.id(), e.offerId(), e.quantity(), e.fromWeek().toString(),
                    e.toWeek() == null ? null : e.toWeek().toString());
        }
    }

    @GET
    @Path("{id}/extras")
    @Operation(summary = "The subscription's extras beyond the basket")
    public List<ExtraView> extras(@PathParam("id") long id) {
        return extras.of(id).stream().map(ExtraView::of).toList();
    }

    @POST
    @Path("{id}/extras")
    @Allowed(Audience.SUBSCRIPTION_EDITORS)
    @Operation(summary = "Add an extra (kind EXTRA) to one week's basket or every week's from one on, within its stock")
    public Response orderExtra(@PathParam("id") long id, ExtraInput input, @Context UriInfo uri) {
        if (input == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        ExtraOrder e = extras.order(id, input.offerId(), input.quantity(), optionalWeek("fromWeek", input.fromWeek()),
                Boolean.TRUE.equals(input.everyWeek()), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(e.id())).build())
                .entity(ExtraView.of(e)).build();
    }

    @DELETE
    @Path("{id}/extras/{orderId}")
    @Allowed(Audience.SUBSCRIPTION_EDITORS)
    @Operation(summary = "Stop an extra order from the first week the cut-off reaches")
    public Response stopExtra(@PathParam("id") long id, @PathParam("orderId") long orderId) {
        extras.stop(id, orderId, caller.get());
        return Response.noContent().build();
    }

    /** How many households were reminded. */
    public record Reminders(int households) {
    }

    @POST
    @Path("renewal-reminders")
    @Allowed(Audience.SUBSCRIPTION_EDITORS)
    @Operation(summary = "Remind by email the households whose subscription ends within the weeks given (4 unless"
            + " said, at most 13) and who have none after it; once per last week")
    public Reminders remind(@QueryParam("weeks") Integer weeks) {
        return new Reminders(subscriptions.remindRenewals(weeks == null ? BasketsHome.ENDING_WEEKS : weeks));
    }

    @GET
    @Path("waiting")
    @Operation(summary = "The waiting list, in the order asked")
    public List<SubscriptionView> waiting() {
        IsoWeek now = thisWeek();
        return subscriptions.waiting().stream().map(s -> SubscriptionView.of(s, now)).toList();
    }

    @POST
    @Allowed(Audience.SUBSCRIPTION_EDITORS)
    @Operation(summary = "Subscribe a household from a week to a week; a full point is refused unless waitingList")
    public Response create(SubscriptionInput input, @Context UriInfo uri) {
        if (input == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        Subscription s = subscriptions.subscribe(new Subscriptions.Request(input.householdId(),
                optionalWeek("firstWeek", input.firstWeek()), optionalWeek("lastWeek", input.lastWeek()),
                choice(input.sizeOfferId(), input.dropOffPointId(), input.optionIds(), input.funderId()),
                Boolean.TRUE.equals(input.trial()), input.periodId()),
                Boolean.TRUE.equals(input.waitingList()), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(s.id())).build())
                .tag(Versions.tag(s.version())).entity(view(s)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One subscription; the ETag is the version to send back in If-Match")
    public Response get(@PathParam("id") long id) {
        Subscription s = subscriptions.find(id);
        return Response.ok(view(s)).tag(Versions.tag(s.version())).build();
    }

    @POST
    @Path("{id}/changes")
    @Allowed(Audience.SUBSCRIPTION_EDITORS)
    @Operation(summary = "Change size, options or drop-off point from a week the cut-off still reaches; If-Match required")
    public Response change(@PathParam("id") long id, ChangeInput input, @Context HttpHeaders headers) {
        if (input == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        Subscription s = subscriptions.change(id, Versions.expected(headers), optionalWeek("fromWeek", input.fromWeek()),
                choice(input.sizeOfferId(), input.dropOffPointId(), input.optionIds(), input.funderId()), caller.get());
        return Response.ok(view(s)).tag(Versions.tag(s.version())).build();
    }

    @POST
    @Path("{id}/end")
    @Allowed(Audience.SUBSCRIPTION_EDITORS)
    @Operation(summary = "Set the last week delivered: earlier ends it (from a week the cut-off reaches), later renews it")
    public Response end(@PathParam("id") long id, EndInput input, @Context HttpHeaders headers) {
        if (input == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        Subscription s = subscriptions.end(id, Versions.expected(headers), optionalWeek("lastWeek", input.lastWeek()),
                input.reason());
        return Response.ok(view(s)).tag(Versions.tag(s.version())).build();
    }

    @POST
    @Path("{id}/admit")
    @Allowed(Audience.SUBSCRIPTION_EDITORS)
    @Operation(summary = "Give the first in line of a point's waiting list its place, if the point has room")
    public Response admit(@PathParam("id") long id, @Context HttpHeaders headers) {
        Subscription s = subscriptions.admit(id, Versions.expected(headers));
        return Response.ok(view(s)).tag(Versions.tag(s.version())).build();
    }

    /** The week written in {@code text}, none when it is blank; refused on {@code field} when malformed. */
    static IsoWeek optionalWeek(String field, String text) {
        return text == null || text.isBlank() ? null : ClosuresResource.week(field, text);
    }

    private static BasketChoice choice(Long size, Long point, Set<Long> options, Long funderId) {
        return ProblemException.onField("body", () -> new BasketChoice(size, point, options, funderId));
    }

    private IsoWeek thisWeek() {
        return IsoWeek.of(LocalDate.now(clock));
    }

    private SubscriptionView view(Subscription s) {
        return SubscriptionView.of(s, thisWeek());
    }
}
