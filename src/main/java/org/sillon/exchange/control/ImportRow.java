package org.sillon.exchange.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sillon.platform.entity.Folding;
import org.sillon.people.boundary.PersonDetails;
import org.sillon.platform.entity.Message;

/**
 * One row of an import once mapped and checked: the person it describes (null when invalid), its household
 * key and registration date, the mapped values as read (for the preview) and what is wrong with it.
 */
public record ImportRow(int line, Map<String, String> values, PersonDetails details, String householdKey,
        LocalDate registeredOn, List<Problem> problems) {

    /** What is wrong with a row, by field (the person field names of the API). */
    public record Problem(String field, Message message) {
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The normalised email, the key of the first duplicate rule; null when none. */
    public String emailKey() {
        return details == null || details.email() == null ? null
                : org.sillon.platform.entity.Emails.normalise(details.email());
    }

    /** Folded first and last name with folded address line and postal code; null without a full address. */
    public String nameAddressKey() {
        if (details == null || details.address() == null) {
            return null;
        }
        return nameAddressKey(details.firstName(), details.lastName(), details.address().line1(),
                details.address().postalCode());
    }

    public static String nameAddressKey(String firstName, String lastName, String line1, String postalCode) {
        if (line1 == null || postalCode == null || line1.isBlank() || postalCode.isBlank()) {
            return null;
        }
        return String.join("|", Folding.fold(firstName), Folding.fold(lastName), Folding.fold(line1),
                Folding.fold(postalCode));
    }

    public String fullName() {
        return details == null ? "" : (details.firstName() + " " + details.lastName()).strip();
    }
}
