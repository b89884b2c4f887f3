package org.sillon.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sillon.people.boundary.HouseholdStatus;

class ImportedStatusTest {

    private static ImportRow joined(LocalDate on) {
        return new ImportRow(2, Map.of(), null, "A", on, List.of());
    }

    @Test
    void aHouseholdWhoseRowsGiveAJoinDateIsActiveSinceTheEarliest() {
        assertEquals(new ImportedStatus(HouseholdStatus.ACTIVE, LocalDate.of(2021, 2, 3)), ImportedStatus.of(
                List.of(joined(LocalDate.of(2022, 9, 15)), joined(null), joined(LocalDate.of(2021, 2, 3))), null));
    }

    @Test
    void aHouseholdWithoutAJoinDateIsAProspect() {
        assertEquals(new ImportedStatus(HouseholdStatus.PROSPECT, null),
                ImportedStatus.of(List.of(joined(null), joined(null)), null));
    }

    @Test
    void theStatusTheMappingChoseHoldsForEveryHousehold() {
        assertEquals(new ImportedStatus(HouseholdStatus.LAPSED, null),
                ImportedStatus.of(List.of(joined(LocalDate.of(2022, 9, 15))), HouseholdStatus.LAPSED));
        assertEquals(new ImportedStatus(HouseholdStatus.PROSPECT, null),
                ImportedStatus.of(List.of(joined(LocalDate.of(2022, 9, 15))), HouseholdStatus.PROSPECT));
        assertEquals(new ImportedStatus(HouseholdStatus.ACTIVE, LocalDate.of(2022, 9, 15)),
                ImportedStatus.of(List.of(joined(LocalDate.of(2022, 9, 15))), HouseholdStatus.ACTIVE),
                "chosen active: since the join date the file gives");
        assertEquals(new ImportedStatus(HouseholdStatus.ACTIVE, null),
                ImportedStatus.of(List.of(joined(null)), HouseholdStatus.ACTIVE), "without one: from the import's day");
    }
}
