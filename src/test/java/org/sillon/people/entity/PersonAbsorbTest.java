package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.people.boundary.Civility;
import org.sillon.people.boundary.PersonDetails;

/** What the survivor of a merge keeps and what it takes from the merged person. */
class PersonAbsorbTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final PostalAddress PLOEMEUR = new PostalAddress("3 rue des Ajoncs", null, "56270", "Ploemeur", null);

    private final Person survivor = new Person(new PersonDetails(null, "Hélène", "Lefèvre", null, "02 97 86 00 00",
            null, null, Language.FR), NOW);
    private final Person merged = new Person(new PersonDetails(Civility.MRS, "Helene", "Lefebvre",
            "helene@example.org", "02 97 11 22 33", "06 12 34 56 78", PLOEMEUR, Language.EN), NOW);

    @Test
    void blankFieldsAreFilledAndTheSurvivorKeepsItsOwnValues() {
        survivor.absorb(merged, Set.of(), LATER);
        assertEquals("Hélène", survivor.firstName());
        assertEquals("Lefèvre", survivor.lastName());
        assertEquals("+33297860000", survivor.phone(), "its own phone stays");
        assertEquals(Language.FR, survivor.language(), "its own language stays");
        assertEquals(Civility.MRS, survivor.civility());
        assertEquals("helene@example.org", survivor.email());
        assertEquals("+33612345678", survivor.mobilePhone());
        assertEquals(PLOEMEUR, survivor.address());
        assertEquals(LATER, survivor.updatedAt());
    }

    @Test
    void chosenFieldsTakeTheMergedValues() {
        survivor.absorb(merged, Set.of("lastName", "phone", "language"), LATER);
        assertEquals("Lefebvre", survivor.lastName());
        assertEquals("Hélène", survivor.firstName(), "a field not chosen stays");
        assertEquals("+33297112233", survivor.phone());
        assertEquals(Language.EN, survivor.language());
    }

    @Test
    void choosingABlankOfTheMergedPersonKeepsTheSurvivorsValue() {
        Person bare = new Person(new PersonDetails(null, "H", "L", null, null, null, null, null), NOW);
        survivor.absorb(bare, Set.of("phone", "email"), LATER);
        assertEquals("+33297860000", survivor.phone());
        assertNull(survivor.email());
    }

    @Test
    void anUnknownFieldIsRefusedBeforeAnythingChanges() {
        InvalidValue refused = assertThrows(InvalidValue.class,
                () -> survivor.absorb(merged, Set.of("lastName", "password"), LATER));
        assertEquals("takeFromMerged", refused.field());
        assertEquals("Lefèvre", survivor.lastName());
    }
}
