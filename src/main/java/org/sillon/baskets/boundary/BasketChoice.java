package org.sillon.baskets.boundary;

import java.util.Objects;
import java.util.Set;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

/**
 * What a household receives each week and where: a basket size, its options (fruit, eggs), a drop-off point or
 * round, and for a solidarity basket the funder carrying part of its price.
 */
public record BasketChoice(Long sizeOfferId, Long dropOffPointId, Set<Long> optionIds, Long funderId) {

    /** More options than any garden offers; a runaway list is refused. */
    public static final int MAX_OPTIONS = 20;

    public BasketChoice {
        InvalidValue.Checks checks = new InvalidValue.Checks();
        checks.check("sizeOfferId", sizeOfferId != null, Message.of("required"));
        checks.check("dropOffPointId", dropOffPointId != null, Message.of("required"));
        checks.check("optionIds", optionIds == null || optionIds.size() <= MAX_OPTIONS && optionIds.stream().noneMatch(Objects::isNull),
                Message.of("options.tooMany", MAX_OPTIONS));
        checks.refuseIfAny();
        optionIds = optionIds == null ? Set.of() : Set.copyOf(optionIds);
    }

    /** A basket at its full price. */
    public BasketChoice(Long sizeOfferId, Long dropOffPointId, Set<Long> optionIds) {
        this(sizeOfferId, dropOffPointId, optionIds, null);
    }
}
