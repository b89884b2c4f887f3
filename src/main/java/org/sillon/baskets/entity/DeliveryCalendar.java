package org.sillon.baskets.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;

/**
 * When a drop-off point or a delivery round is delivered: its weekly day, the weeks the garden closes (holidays),
 * and the deliveries moved to another day of their week (Thursday 24 December to Wednesday 23). A moved delivery
 * stays in its week, so that "the basket of week 52" keeps one meaning for the household, the garden and the bill.
 */
public final class DeliveryCalendar {

    private final DayOfWeek weekday;
    private final Set<IsoWeek> closures;
    private final Map<IsoWeek, LocalDate> moves;

    public DeliveryCalendar(DayOfWeek weekday, Set<IsoWeek> closures, Map<IsoWeek, LocalDate> moves) {
        if (weekday == null) {
            throw new InvalidValue("deliveryDay", Message.of("required"));
        }
        this.weekday = weekday;
        this.closures = new TreeSet<>(closures);
        this.moves = new TreeMap<>();
        moves.forEach((week, day) -> {
            if (!week.contains(day)) {
                throw new InvalidValue("movedTo", Message.of("delivery.moveOutsideWeek", day, week));
            }
            if (this.closures.contains(week)) {
                throw new InvalidValue("movedTo", Message.of("delivery.moveInClosure", week));
            }
            this.moves.put(week, day);
        });
    }

    /** The day of {@code week}'s delivery: its weekly day, or the day it was moved to; none in a closure week. */
    public Optional<LocalDate> deliveryIn(IsoWeek week) {
        if (closures.contains(week)) {
            return Optional.empty();
        }
        return Optional.of(moves.getOrDefault(week, week.day(weekday)));
    }
}
