package org.sillon.baskets.boundary;

import java.time.DayOfWeek;
import org.sillon.platform.entity.PostalAddress;

/**
 * A drop-off point or a round as a form or a client describes it: where (a round's departure), when it is open
 * (a round's time window), its delivery day, how many baskets it can hold per delivery, and optionally who to
 * call there (a round's driver) and the partner organisation hosting it. A round may add a delivery fee, an
 * offer of kind {@link OfferKind#DELIVERY}. The kind is chosen at creation ({@link PointKind#POINT} when not said).
 */
public record DropOffPointDetails(PointKind kind, String name, PostalAddress address, String openingHours,
        DayOfWeek deliveryDay, Integer capacity, Long contactPersonId, Long partnerOrganisationId, Long feeOfferId) {

    /** A drop-off point, or a change that leaves the kind as it is and a round without a fee. */
    public DropOffPointDetails(String name, PostalAddress address, String openingHours, DayOfWeek deliveryDay,
            Integer capacity, Long contactPersonId, Long partnerOrganisationId) {
        this(null, name, address, openingHours, deliveryDay, capacity, contactPersonId, partnerOrganisationId, null);
    }
}
