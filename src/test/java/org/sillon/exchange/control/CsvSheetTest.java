package org.sillon.exchange.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.sillon.platform.control.CsvSheet;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.SheetWriter;

class CsvSheetTest {

    private static byte[] csv(List<? extends List<?>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter sheet = ExportFormat.CSV.open(out, "ignored")) {
            for (List<?> r : rows) {
                sheet.row(r);
            }
        }
        return out.toByteArray();
    }

    @Test
    void startsWithTheUtf8ByteOrderMarkThatExcelLooksFor() throws IOException {
        byte[] bytes = csv(List.of(List.of("Nom")));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    }

    @Test
    void separatesWithSemicolonsAndEndsLinesWithCrlf() throws IOException {
        String text = new String(csv(List.of(List.of("Nom", "Prénom"), List.of("Lefèvre", "Hélène"))),
                StandardCharsets.UTF_8);
        assertEquals("\uFEFFNom;Prénom\r\nLefèvre;Hélène\r\n", text);
    }

    @Test
    void quotesSemicolonsQuotesAndLineBreaksAndWritesNullsEmpty() throws IOException {
        String text = new String(csv(List.of(Arrays.asList("a;b", "dit \"Jo\"", "l1\nl2", null, "fin"))),
                StandardCharsets.UTF_8);
        assertEquals("\uFEFF\"a;b\";\"dit \"\"Jo\"\"\";\"l1\nl2\";;fin\r\n", text);
    }

    @Test
    void prefixesCellsThatExcelWouldReadAsFormulas() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvSheet.defused("=HYPERLINK(\"http://x\")"));
        assertEquals("'+33612345678", CsvSheet.defused("+33612345678"));
        assertEquals("'-2+3", CsvSheet.defused("-2+3"));
        assertEquals("'@SUM(A1)", CsvSheet.defused("@SUM(A1)"));
        assertEquals("'\t=1", CsvSheet.defused("\t=1"));
        assertEquals("Jean-Pierre", CsvSheet.defused("Jean-Pierre"));
        assertEquals("a=b", CsvSheet.defused("a=b"));
        assertEquals("", CsvSheet.defused(null));
    }

    @Test
    void theGuardAppliesToWrittenRows() throws IOException {
        String text = new String(csv(List.of(List.of("=1+1", "ok"))), StandardCharsets.UTF_8);
        assertEquals("\uFEFF'=1+1;ok\r\n", text);
    }

    @Test
    void daysAreWrittenTheFrenchWayThatExcelReadsAsDates() throws IOException {
        String text = new String(csv(List.of(List.of("Créée le", LocalDate.of(2026, 1, 5)))), StandardCharsets.UTF_8);
        assertEquals("\uFEFFCréée le;05/01/2026\r\n", text);
    }

    @Test
    void xlsxDaysAreDateCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter sheet = ExportFormat.XLSX.open(out, "Personnes")) {
            sheet.row(List.of("Nom", "Créée le"));
            sheet.row(List.of("=1+1", LocalDate.of(2026, 1, 5)));
        }
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            Row row = book.getFirstSheet().read().get(1);
            assertEquals(CellType.STRING, row.getCell(0).getType(), "a formula stays text");
            assertEquals(CellType.NUMBER, row.getCell(1).getType());
            assertEquals(LocalDate.of(2026, 1, 5), row.getCellAsDate(1).orElseThrow().toLocalDate());
            assertEquals("dd/mm/yyyy", row.getCell(1).getDataFormatString());
        }
    }

    @Test
    void formatsAreNamedInAnyCaseAndCsvIsTheDefault() {
        assertEquals(ExportFormat.XLSX, ExportFormat.of("XLSX"));
        assertEquals(ExportFormat.CSV, ExportFormat.of(null));
        assertEquals("format", assertThrows(ProblemException.class, () -> ExportFormat.of("pdf")).field());
    }
}
