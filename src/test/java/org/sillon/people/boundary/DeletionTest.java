package org.sillon.people.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillon.platform.control.Problem;
import org.sillon.platform.control.ProblemException;

class DeletionTest {

    @Test
    void nobodyRefusedNothingIsThrown() {
        assertDoesNotThrow(() -> new PersonDeleting(7).proceedUnlessRefused("Person 7"));
    }

    @Test
    void everyRefusalIsNamedInOne409() {
        HouseholdDeleting asked = new HouseholdDeleting(12);
        asked.refuse("open follow-up tasks are about this record: Livrer (anne); mark them done or delete them first");
        asked.refuse("a ledger holds it");
        Problem p = assertThrows(ProblemException.class, () -> asked.proceedUnlessRefused("Household 12")).problem();
        assertEquals(409, p.status());
        assertEquals("https://sillon.org/problems/deletion-refused", p.type());
        assertEquals("Household 12 cannot be deleted: open follow-up tasks are about this record: Livrer (anne);"
                + " mark them done or delete them first; a ledger holds it", p.detail());
        assertEquals(List.of("id", "id"), p.errors().stream().map(Problem.FieldError::field).toList());
        assertEquals("a ledger holds it", p.errors().get(1).message());
    }
}
