package org.sillon.ledger.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillon.ledger.boundary.ChargeLine;
import org.sillon.platform.entity.Money;

class ReconciliationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);
    private static final YearMonth BILL = YearMonth.of(2026, 12);

    private static ChargeLine line(String key, String amount) {
        return new ChargeLine(key, "Panier " + key, DAY, BILL, BILL.plusMonths(1).atDay(1), Money.parse(amount));
    }

    /** Writes the entries as the ledger would, so that the next reconciliation sees them held. */
    private static List<Reconciliation.Entry> post(List<Charge> held, List<ChargeLine> expected) {
        List<Reconciliation.Entry> entries = Reconciliation.entries(held, expected);
        entries.forEach(e -> held.add(new Charge(1L, null, e.key(), e.revision(), e.item(), e.serviceDate(), e.bill(),
                e.dueOn(), e.amount(), e.isCorrection() ? "recalcul" : null, "test", Instant.EPOCH)));
        return entries;
    }

    private static Money owed(List<Charge> held, String key) {
        return held.stream().filter(c -> c.lineKey().equals(key)).map(Charge::amount).reduce(Money.ZERO, Money::plus);
    }

    @Test
    void newLinesAreChargedOnceAndPostingTheSameAgainAddsNothing() {
        List<Charge> held = new ArrayList<>();
        List<Reconciliation.Entry> first = post(held, List.of(line("b:s1:w50:o1", "12.00"), line("b:s1:w50:o2", "3.00")));
        assertEquals(2, first.size());
        assertEquals(0, first.get(0).revision());
        assertEquals(List.of(), post(held, List.of(line("b:s1:w50:o1", "12.00"), line("b:s1:w50:o2", "3.00"))));
    }

    @Test
    void aChangedAmountIsCorrectedByTheDifferenceAndTheFirstEntryStays() {
        List<Charge> held = new ArrayList<>();
        post(held, List.of(line("b:s1:w50:o1", "12.00")));
        List<Reconciliation.Entry> correction = post(held, List.of(line("b:s1:w50:o1", "13.50")));
        assertEquals(1, correction.size());
        assertEquals(1, correction.get(0).revision());
        assertEquals(Money.parse("1.50"), correction.get(0).amount());
        assertEquals(Money.parse("12.00"), held.get(0).amount(), "the charge itself is as it was");
        List<Reconciliation.Entry> back = post(held, List.of(line("b:s1:w50:o1", "12.00")));
        assertEquals(2, back.get(0).revision());
        assertEquals(Money.parse("-1.50"), back.get(0).amount());
        assertEquals(Money.parse("12.00"), owed(held, "b:s1:w50:o1"));
    }

    @Test
    void aLineNoLongerOwedIsCorrectedToZeroOnceAndAZeroLineIsNeverWritten() {
        List<Charge> held = new ArrayList<>();
        post(held, List.of(line("b:s1:w50:o1", "12.00"), line("b:s1:w51:o1", "0.00")));
        assertEquals(1, held.size(), "nothing owed, nothing written");
        List<Reconciliation.Entry> gone = post(held, List.of());
        assertEquals(Money.parse("-12.00"), gone.get(0).amount());
        assertEquals(List.of(), post(held, List.of()), "a line at zero is not corrected again");
        List<Reconciliation.Entry> again = post(held, List.of(line("b:s1:w50:o1", "12.00")));
        assertEquals(2, again.get(0).revision(), "owed again: the line's next revision");
        assertEquals(Money.parse("12.00"), owed(held, "b:s1:w50:o1"));
    }

    @Test
    void theSameKeyTwiceIsRefusedRatherThanCountedTwice() {
        assertThrows(IllegalArgumentException.class, () -> Reconciliation.entries(List.of(),
                List.of(line("b:s1:w50:o1", "12.00"), line("b:s1:w50:o1", "12.00"))));
    }

    @Test
    void aKeyWithALikePatternCharacterIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> line("b:s1:%", "1.00"));
        assertThrows(IllegalArgumentException.class, () -> line("b_s1", "1.00"));
    }
}
