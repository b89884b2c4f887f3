package org.sillon.exchange.control;

import java.util.HashMap;
import java.util.Map;
import org.sillon.platform.entity.Message;

/**
 * Who is already known, by the two keys that make a duplicate: the normalised email, and the folded first
 * and last name with the folded address line and postal code. Filled from the registry, then with each
 * accepted row of the file, so that a row is matched against both.
 */
public class DuplicateIndex {

    /**
     * Someone a row duplicates: a person of the registry (with their id) or an earlier line (no id), and what
     * the report says of a row that duplicates them.
     */
    public record Known(Long personId, Message duplicate) {
    }

    /** A duplicate found, and by which rule ("email" or "address"). */
    public record Match(Known known, String field) {
    }

    private final Map<String, Known> byEmail = new HashMap<>();
    private final Map<String, Known> byNameAddress = new HashMap<>();

    public void add(String emailKey, String nameAddressKey, Known known) {
        if (emailKey != null) {
            byEmail.putIfAbsent(emailKey, known);
        }
        if (nameAddressKey != null) {
            byNameAddress.putIfAbsent(nameAddressKey, known);
        }
    }

    /** The first known person or line the row duplicates, email first; null when it is new. */
    public Match find(ImportRow row) {
        Known k = row.emailKey() == null ? null : byEmail.get(row.emailKey());
        if (k != null) {
            return new Match(k, "email");
        }
        k = row.nameAddressKey() == null ? null : byNameAddress.get(row.nameAddressKey());
        return k == null ? null : new Match(k, "address");
    }
}
