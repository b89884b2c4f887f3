package org.sillon.ledger.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sillon.ledger.boundary.ChargeLine;
import org.sillon.platform.entity.Money;

/**
 * The ledger's one rule: the entries that make the lines of an account owe what is expected, given the entries it
 * holds. A new line is charged (revision 0; nothing for an amount of zero), a line whose amount changed is
 * corrected by the difference with the next revision, a held line no longer expected is corrected to zero, and a
 * line as expected gets nothing. Held entries are never touched.
 */
public final class Reconciliation {

    /** An entry to write. */
    public record Entry(String key, int revision, String item, LocalDate serviceDate, YearMonth bill,
            LocalDate dueOn, Money amount) {

        public boolean isCorrection() {
            return revision > 0;
        }
    }

    private record Line(Charge last, Money owed) {
    }

    private Reconciliation() {
    }

    /** The entries to write; {@code held} are the entries of the lines in scope, in any order. */
    public static List<Entry> entries(List<Charge> held, List<ChargeLine> expected) {
        Map<String, Line> lines = new LinkedHashMap<>();
        held.stream().sorted(Comparator.comparing(Charge::lineKey).thenComparing(Charge::revision))
                .forEach(c -> lines.merge(c.lineKey(), new Line(c, c.amount()),
                        (a, b) -> new Line(b.last, a.owed.plus(b.owed))));
        Map<String, ChargeLine> wanted = new LinkedHashMap<>();
        for (ChargeLine e : expected) {
            if (wanted.put(e.key(), e) != null) {
                throw new IllegalArgumentException("two lines with the key " + e.key());
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (ChargeLine e : wanted.values()) {
            Line line = lines.get(e.key());
            if (line == null) {
                if (!e.amount().isZero()) {
                    entries.add(new Entry(e.key(), 0, e.item(), e.serviceDate(), e.bill(), e.dueOn(), e.amount()));
                }
            } else if (!line.owed.equals(e.amount())) {
                entries.add(new Entry(e.key(), line.last.revision() + 1, e.item(), e.serviceDate(), e.bill(),
                        e.dueOn(), e.amount().minus(line.owed)));
            }
        }
        lines.forEach((key, line) -> {
            if (!wanted.containsKey(key) && !line.owed.isZero()) {
                Charge last = line.last;
                entries.add(new Entry(key, last.revision() + 1, last.item(), last.serviceDate(), last.bill(),
                        last.dueOn(), line.owed.negate()));
            }
        });
        return entries;
    }
}
