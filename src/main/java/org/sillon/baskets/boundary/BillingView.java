package org.sillon.baskets.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sillon.ledger.boundary.Ledger;
import org.sillon.ledger.boundary.LedgerEntry;
import org.sillon.people.boundary.Households;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Money;

/**
 * The treasurer's billing page: bills the baskets up to today, shows a month's bill household by household, a
 * household's entries on it, and adjusts an entry with a reason.
 */
@Named
@ViewScoped
public class BillingView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A household's line of the month's bill. */
    public record Row(long householdId, String household, long entries, BigDecimal total) implements Serializable {
    }

    @Inject
    Billing billing;

    @Inject
    Ledger ledger;

    @Inject
    Households households;

    @Inject
    UserSession user;

    @Inject
    Clock clock;

    private String monthText;
    private YearMonth month;
    private List<Row> rows;
    private BigDecimal total;
    private Long householdId;
    private List<LedgerEntry> entries;
    private Long adjusting;
    private BigDecimal amount;
    private String reason;

    /** Reads the month asked for ({@code ?month=2026-12}), this month when none; a malformed one says so. */
    public void load() {
        YearMonth thisMonth = YearMonth.now(clock);
        month = thisMonth;
        if (monthText != null && !monthText.isBlank()) {
            try {
                month = YearMonth.parse(monthText.strip());
            } catch (DateTimeParseException e) {
                Faces.error("billing.badMonth", monthText.strip(), thisMonth.toString());
            }
        }
        monthText = month.toString();
        refresh();
    }

    private void refresh() {
        List<Ledger.BillShare> shares = ledger.bill(month);
        Map<Long, String> names = households.names(shares.stream().map(Ledger.BillShare::householdId).toList());
        Collator french = Collator.getInstance(Locale.FRENCH);
        rows = shares.stream().map(s -> new Row(s.householdId(), names.getOrDefault(s.householdId(),
                "#" + s.householdId()), s.entries(), s.total().amount()))
                .sorted(Comparator.comparing(Row::household, french)).toList();
        total = shares.stream().map(Ledger.BillShare::total).reduce(Money.ZERO, Money::plus).amount();
        entries = householdId == null ? List.of() : ledger.list(new Ledger.Filter(householdId, null, month, null),
                new PageRequest(0, PageRequest.MAX_SIZE, "serviceDate", false)).items();
    }

    /** Bills every subscription up to today, then says what was written. */
    public void run() {
        Billing.Run run = billing.run(user.caller());
        Faces.info("billing.ran", run.subscriptions(), run.charged(), run.corrected());
        if (run.unpriced() > 0) {
            Faces.error("billing.unpriced", run.unpriced());
        }
        refresh();
    }

    /** Shows a household's entries on the bill. */
    public void show(long household) {
        householdId = household;
        adjusting = null;
        refresh();
    }

    /** Opens the adjustment of an entry. */
    public void startAdjusting(long chargeId) {
        adjusting = chargeId;
        amount = null;
        reason = null;
    }

    /** Adjusts the entry by the amount typed, with its reason; a refusal is said on the dialog's form. */
    public void adjust() {
        try {
            ledger.adjust(adjusting, amount == null ? null : Money.of(amount), reason, user.caller());
            Faces.info("billing.adjusted");
            adjusting = null;
            refresh();
        } catch (ProblemException refused) {
            Faces.show(refused, "adjustment");
        }
    }

    public String getMonthLabel() {
        return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag(user.getLanguage())));
    }

    public String getPrevious() {
        return month.minusMonths(1).toString();
    }

    public String getNext() {
        return month.plusMonths(1).toString();
    }

    public String getHousehold() {
        return rows.stream().filter(r -> householdId != null && r.householdId() == householdId).map(Row::household)
                .findFirst().orElse("");
    }

    public List<Row> getRows() {
        return rows;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public List<LedgerEntry> getEntries() {
        return entries;
    }

    public Long getAdjusting() {
        return adjusting;
    }

    public String getMonthText() {
        return monthText;
    }

    public void setMonthText(String monthText) {
        this.monthText = monthText;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
