package org.sillon.baskets.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;

class DeliveryCalendarTest {

    private static final IsoWeek CHRISTMAS = IsoWeek.of(LocalDate.of(2026, 12, 24));
    private static final IsoWeek NEW_YEAR = IsoWeek.of(LocalDate.of(2026, 12, 31));

    /** A Thursday drop-off point, closed the week of New Year, delivered on Wednesday in Christmas week. */
    private static DeliveryCalendar thursdays() {
        return new DeliveryCalendar(DayOfWeek.THURSDAY, Set.of(NEW_YEAR), Map.of(CHRISTMAS, LocalDate.of(2026, 12, 23)));
    }

    @Test
    void aWeekIsDeliveredOnItsDayMovedDayOrNotAtAllWhenClosed() {
        DeliveryCalendar c = thursdays();
        assertEquals(Optional.of(LocalDate.of(2026, 12, 17)), c.deliveryIn(new IsoWeek(2026, 51)));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 23)), c.deliveryIn(CHRISTMAS));
        assertEquals(Optional.empty(), c.deliveryIn(new IsoWeek(2026, 53)));
        assertEquals(Optional.of(LocalDate.of(2027, 1, 7)), c.deliveryIn(new IsoWeek(2027, 1)));
    }

    @Test
    void aMoveLeavesNoWeekAndNoClosureHasOne() {
        InvalidValue outside = assertThrows(InvalidValue.class, () -> new DeliveryCalendar(DayOfWeek.THURSDAY, Set.of(),
                Map.of(CHRISTMAS, LocalDate.of(2026, 12, 28))));
        assertEquals("movedTo", outside.field());
        assertEquals("une livraison se déplace à un jour de sa semaine : le 28/12/2026 n'est pas dans la semaine 2026-W52",
                outside.message().text(java.util.Locale.FRENCH));
        assertThrows(InvalidValue.class, () -> new DeliveryCalendar(DayOfWeek.THURSDAY, Set.of(NEW_YEAR),
                Map.of(NEW_YEAR, LocalDate.of(2026, 12, 30))));
        assertEquals("deliveryDay", assertThrows(InvalidValue.class,
                () -> new DeliveryCalendar(null, Set.of(), Map.of())).field());
    }
}
