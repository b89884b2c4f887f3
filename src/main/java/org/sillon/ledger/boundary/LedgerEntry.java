package org.sillon.ledger.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sillon.ledger.entity.Charge;
import org.sillon.platform.entity.Money;

/**
 * An entry of the ledger as the API and the other components read it: revision 0 charges its line, a later one
 * corrects it by the amount, with a reason; a key starting "adjust:" is the treasurer's adjustment of a line.
 */
public record LedgerEntry(long id, Long householdId, Long organisationId, String key, int revision, String item, LocalDate serviceDate,
        String bill, LocalDate dueOn, BigDecimal amount, String currency, String reason, String createdBy) {

    static LedgerEntry of(Charge c) {
        return new LedgerEntry(c.id(), c.householdId(), c.organisationId(), c.lineKey(), c.revision(), c.item(), c.serviceDate(),
                c.bill().toString(), c.dueOn(), c.amount().amount(), Money.CURRENCY, c.reason(), c.createdBy());
    }

    public boolean isCorrection() {
        return revision > 0;
    }

    public boolean isAdjustment() {
        return key.startsWith(Ledger.ADJUSTMENT);
    }
}
