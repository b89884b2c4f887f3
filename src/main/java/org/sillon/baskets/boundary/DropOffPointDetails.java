package org.sillon.baskets.boundary;

import java.time.DayOfWeek;
import org.sillon.platform.entity.PostalAddress;

/**
 * A drop-off point as a form or a client describes it: where, when it is open, its delivery day, how many
 * baskets it can hold per delivery, and optionally who to call there and the partner organisation hosting it.
 */
public record DropOffPointDetails(String name, PostalAddress address, String openingHours, DayOfWeek deliveryDay,
        Integer capacity, Long contactPersonId, Long partnerOrganisationId) {
}
