package org.sillon.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

    private static ImportRow row(int line, String householdKey) {
        return new ImportRow(line, Map.of(), null, householdKey, null, List.of());
    }

    private static List<Integer> lines(List<List<ImportRow>> households) {
        return households.stream().flatMap(List::stream).map(ImportRow::line).toList();
    }

    @Test
    void rowsSharingAKeyFormOneHouseholdInFileOrderAndRowsWithoutOneAreAlone() {
        ImportPlan plan = ImportPlan.of(List.of(row(2, "A"), row(3, null), row(4, "B"), row(5, "A"), row(6, null)));
        assertEquals(List.of(List.of(2, 5), List.of(3), List.of(4), List.of(6)),
                plan.households().stream().map(h -> h.stream().map(ImportRow::line).toList()).toList());
        assertEquals(5, plan.persons());
        assertEquals(0, plan.personsIn(0));
        assertEquals(3, plan.personsIn(2));
        assertEquals(5, plan.personsIn(4));
    }

    @Test
    void chunksTakeWholeHouseholdsUpToTheirSizeAndAtLeastOne() {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(row(2 + i, Integer.toString(i / 2))); // five households of two
        }
        rows.add(row(12, "big"));
        rows.add(row(13, "big"));
        rows.add(row(14, "big"));
        ImportPlan plan = ImportPlan.of(rows);
        assertEquals(List.of(2, 3, 4, 5), lines(plan.chunk(0, 5)), "a third household would pass 5 persons");
        assertEquals(List.of(6, 7, 8, 9, 10, 11), lines(plan.chunk(2, 6)));
        assertEquals(List.of(12, 13, 14), lines(plan.chunk(5, 2)), "a household larger than a chunk is not split");
        assertEquals(List.of(), plan.chunk(6, 5));
    }

    @Test
    void aCheckpointReadsBackAsItWasWritten() {
        assertNull(ImportCheckpoint.START.text());
        assertEquals(ImportCheckpoint.START, ImportCheckpoint.parse(null));
        assertEquals("create:12", ImportCheckpoint.created(12).text());
        assertEquals(ImportCheckpoint.created(12), ImportCheckpoint.parse("create:12"));
        assertEquals(ImportCheckpoint.UNDOING, ImportCheckpoint.parse("undo"));
        assertThrows(IllegalArgumentException.class, () -> ImportCheckpoint.parse("chunk 3"));
    }
}
