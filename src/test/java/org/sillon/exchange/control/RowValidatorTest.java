package org.sillon.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sillon.people.boundary.Civility;
import org.sillon.exchange.entity.ImportTarget;
import org.sillon.platform.entity.Language;

class RowValidatorTest {

    private static final List<ImportTarget> COLUMNS = Arrays.asList(ImportTarget.CIVILITY, ImportTarget.FIRST_NAME,
            ImportTarget.LAST_NAME, ImportTarget.EMAIL, ImportTarget.MOBILE_PHONE, ImportTarget.ADDRESS_LINE1,
            ImportTarget.POSTAL_CODE, ImportTarget.CITY, ImportTarget.COUNTRY, ImportTarget.LANGUAGE,
            ImportTarget.REGISTERED_ON, ImportTarget.HOUSEHOLD_KEY, null);
    private final RowValidator validator = new RowValidator(COLUMNS, LocalDate.of(2026, 11, 23));

    private ImportRow row(String... values) {
        return validator.validate(new MemberFile.Row(7, List.of(values)));
    }

    private static String fields(ImportRow r) {
        return r.problems().stream().map(ImportRow.Problem::field).collect(Collectors.joining(","));
    }

    @Test
    void readsSpreadsheetHabitsIntoAValidPerson() {
        ImportRow r = row("Mme", " Marie ", "Lefèvre", "Marie.Lefevre@Example.org", "06 12 34 56 78",
                "3 rue des Ajoncs", "1000", "Bourg", "France", "Français", "04/03/2021", "F12", "ignored");
        assertTrue(r.valid(), r.problems().toString());
        assertEquals(Civility.MRS, r.details().civility());
        assertEquals(Language.FR, r.details().language());
        assertEquals("01000", r.details().address().postalCode());
        assertEquals("FR", r.details().address().country());
        assertEquals(LocalDate.of(2021, 3, 4), r.registeredOn());
        assertEquals("F12", r.householdKey());
        assertEquals("marie.lefevre@example.org", r.emailKey());
        assertEquals("marie|lefevre|3 rue des ajoncs|01000", r.nameAddressKey());
        assertEquals("Lefèvre", r.values().get("lastName"));
    }

    @Test
    void reportsEveryFieldTheEntitiesRefuse() {
        ImportRow r = row("Sir", "Marie", "", "pas-un-email", "123", "", "", "", "", "klingon", "31/02/2021", "", "");
        assertNull(r.details());
        assertEquals("civility,language,registeredOn,lastName", fields(r));
        assertEquals("email", fields(row("", "Marie", "Lefèvre", "pas-un-email", "", "", "", "", "", "", "", "", "")));
        assertEquals("address.postalCode", fields(row("", "Marie", "Lefèvre", "", "", "1 rue", "560", "Lorient", "", "", "", "", "")));
        assertEquals("registeredOn", fields(row("", "Marie", "Lefèvre", "", "", "", "", "", "", "", "2027-01-01", "", "")));
        assertEquals("address.country", fields(row("", "Marie", "Lefèvre", "", "", "", "", "", "Atlantide", "", "", "", "")));
    }

    @Test
    void aRowMayBeShorterThanTheHeaders() {
        ImportRow r = validator.validate(new MemberFile.Row(3, List.of("M.", "Yann", "Tanguy")));
        assertTrue(r.valid(), r.problems().toString());
        assertNull(r.details().address());
        assertNull(r.nameAddressKey());
    }
}
