package org.sillon.people.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sillon.platform.control.Problem;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

class DeletionTest {

    @Test
    void nobodyRefusedNothingIsThrown() {
        assertDoesNotThrow(() -> new PersonDeleting(7).proceedUnlessRefused(Message.of("record.person", 7)));
    }

    @Test
    void everyRefusalIsNamedInOne409() {
        HouseholdDeleting asked = new HouseholdDeleting(12);
        asked.refuse(Message.of("deletion.openTasks", "Livrer (anne)"));
        asked.refuse(Message.of("verbatim", "a ledger holds it"));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> asked.proceedUnlessRefused(Message.of("record.household", 12)));
        Problem p = refused.problem(Locale.ENGLISH);
        assertEquals(409, p.status());
        assertEquals("https://sillon.org/problems/deletion-refused", p.type());
        assertEquals("Household 12 cannot be deleted: open follow-up tasks are about this record: Livrer (anne);"
                + " mark them done or delete them first; a ledger holds it", p.detail());
        assertEquals("deletion.refused", p.key());
        assertEquals(List.of("id", "id"), p.errors().stream().map(Problem.FieldError::field).toList());
        assertEquals("a ledger holds it", p.errors().get(1).message());
        assertEquals("deletion.openTasks", p.errors().get(0).key());

        Problem fr = refused.problem(Locale.FRENCH);
        assertEquals("Suppression refusée", fr.title());
        assertEquals("Impossible de supprimer le foyer 12 : des tâches de suivi ouvertes concernent cette fiche :"
                + " Livrer (anne) ; marquez-les comme faites ou supprimez-les d'abord ; a ledger holds it", fr.detail());
    }
}
