package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.Money;

/** Basket sizes and options with their prices over time. The team reads them; administrators and the treasurer set them. */
@Path("v1/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.STAFF)
@ApplicationScoped
public class OffersResource {

    /** A price per delivery in euros, exact to the cent, from a day on. */
    public record PriceView(LocalDate startsOn, BigDecimal amount, String currency) {
    }

    /** An offer as the API shows it: its prices oldest first, and the one in force today. */
    public record OfferView(long id, OfferKind kind, String name, String description, BillingModel billing,
            Instalments instalments, Integer weeklyStock, List<PriceView> prices, BigDecimal priceToday, long version) {

        static OfferView of(BasketOffer o, LocalDate today) {
            return new OfferView(o.id(), o.kind(), o.name(), o.description(),
                    o.kind() == OfferKind.SIZE ? o.billing() : null, o.instalments(), o.weeklyStock(),
                    o.prices().stream().map(p -> new PriceView(p.startsOn(), p.amount().amount(), Money.CURRENCY))
                            .toList(),
                    o.priceOn(today).map(Money::amount).orElse(null), o.version());
        }
    }

    /** A new price: {@code amount} in euros ("8.50" or 8.5), from {@code startsOn} on. */
    public record PriceInput(LocalDate startsOn, BigDecimal amount) {
    }

    @Inject
    Offers offers;

    @Inject
    Provider<Caller> caller;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Every offer, sizes first, with its prices and the price in force today")
    public List<OfferView> list() {
        LocalDate today = LocalDate.now(clock);
        return offers.list().stream().map(o -> OfferView.of(o, today)).toList();
    }

    @POST
    @Allowed(Audience.OFFER_EDITORS)
    @Operation(summary = "Create an offer (a size or an option); its prices are added with POST .../prices")
    public Response create(OfferDetails details, @Context UriInfo uri) {
        BasketOffer o = offers.create(details);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(o.id())).build())
                .tag(Versions.tag(o.version())).entity(view(o)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One offer; the ETag is the version to send back in If-Match")
    public Response get(@PathParam("id") long id) {
        BasketOffer o = offers.find(id);
        return Response.ok(view(o)).tag(Versions.tag(o.version())).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Audience.OFFER_EDITORS)
    @Operation(summary = "Rename or redescribe an offer (its kind stays); If-Match required")
    public Response update(@PathParam("id") long id, OfferDetails details, @Context HttpHeaders headers) {
        BasketOffer o = offers.update(id, Versions.expected(headers), details);
        return Response.ok(view(o)).tag(Versions.tag(o.version())).build();
    }

    @POST
    @Path("{id}/prices")
    @Allowed(Audience.OFFER_EDITORS)
    @Operation(summary = "Set the price per delivery from a day on, after the latest price's start; If-Match required")
    public Response price(@PathParam("id") long id, PriceInput input, @Context HttpHeaders headers) {
        BigDecimal amount = input == null ? null : input.amount();
        if (amount != null && amount.stripTrailingZeros().scale() > Money.SCALE) {
            throw ProblemException.invalid("amount", Message.of("money.cents", amount.toPlainString()));
        }
        BasketOffer o = offers.priceFrom(id, Versions.expected(headers), input == null ? null : input.startsOn(),
                amount == null ? null : Money.of(amount), caller.get());
        return Response.ok(view(o)).tag(Versions.tag(o.version())).build();
    }

    private OfferView view(BasketOffer o) {
        return OfferView.of(o, LocalDate.now(clock));
    }
}
