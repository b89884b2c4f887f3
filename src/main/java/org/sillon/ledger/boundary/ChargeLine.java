package org.sillon.ledger.boundary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.sillon.platform.entity.Money;

/**
 * A line of a household's account as the component that charges it computes it: its key, unique in the
 * association and stable across postings ("baskets:s12:2026-W49:size"), what it is for, the day of the service,
 * the monthly bill it belongs to and the day it is due, and the amount owed for it.
 */
public record ChargeLine(String key, String item, LocalDate serviceDate, YearMonth bill, LocalDate dueOn,
        Money amount) {

    /** Letters, digits, colons and dashes: no pattern character of LIKE, so a key prefix is a plain scope. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9:-]{1,190}");

    public ChargeLine {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a charge line key is letters, digits, colons and dashes: " + key);
        }
        if (item == null || serviceDate == null || bill == null || dueOn == null || amount == null) {
            throw new IllegalArgumentException("an incomplete charge line " + key);
        }
    }

    static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
