package org.sillon.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CellReferenceTest {

    @Test
    void readsThePlacesASheetHasAsFastexcelDoes() {
        assertEquals(new CellReference(0, 1), CellReference.parse("A1"));
        assertEquals(new CellReference(27, 12), CellReference.parse("$ab$12"));
        assertEquals(new CellReference(16_383, 1_048_576), CellReference.parse("XFD1048576"));
        assertEquals("XFD1048576", CellReference.parse("xfd1048576").toString());
    }

    @Test
    void refusesWhatLiesOutsideTheSheet() {
        for (String r : new String[] {"", "A", "1", "A0", "XFE1", "AAAA1", "AAAAAA1", "A1048577", "A99999999", "É1", "A1B",
                "A-1", "A 1", "$$A1"}) {
            assertNull(CellReference.parse(r), r);
        }
    }

    @Test
    void namesColumnsAsExcelDoes() {
        assertEquals("A", CellReference.columnName(0));
        assertEquals("Z", CellReference.columnName(25));
        assertEquals("AA", CellReference.columnName(26));
        assertEquals("GR", CellReference.columnName(199));
        assertEquals("XFD", CellReference.columnName(16_383));
    }
}
