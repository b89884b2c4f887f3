package org.sillon.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class MemberFileReaderTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static MemberFile read(byte[] bytes) {
        return MemberFileReader.read(bytes, ImportLimits.DEFAULTS);
    }

    @Test
    void aByteOrderMarkMeansUtf8AndIsNotPartOfTheFirstHeader() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = utf8("Nom;Prénom\nLefèvre;Marie\n");
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);
        MemberFile f = read(bytes);
        assertEquals("UTF-8", f.encoding());
        assertEquals(";", f.separator());
        assertEquals(List.of("Nom", "Prénom"), f.headers());
        assertEquals(List.of("Lefèvre", "Marie"), f.rows().get(0).values());
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252() {
        byte[] bytes = "nom,prenom,ville\nLefèvre,Zoé,Quimperlé\n".getBytes(CsvSniffer.WINDOWS_1252);
        MemberFile f = read(bytes);
        assertEquals("windows-1252", f.encoding());
        assertEquals(",", f.separator());
        assertEquals(List.of("Lefèvre", "Zoé", "Quimperlé"), f.rows().get(0).values());
        assertEquals(2, f.rows().get(0).line());
    }

    @Test
    void theSeparatorIsTheMostFrequentOneOutsideQuotesOnTheHeaderLine() {
        assertEquals(';', CsvSniffer.separator("nom;\"prénom, usuel\";ville"));
        assertEquals(',', CsvSniffer.separator("nom,prenom,\"ville;cp\""));
        assertEquals('\t', CsvSniffer.separator("nom\tprenom\tville"));
        assertEquals(';', CsvSniffer.separator("nom"));
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersAreThoseOfTheSpreadsheet() {
        MemberFile f = read(utf8("nom;prenom\r\nA;B\r\n;\r\n\r\nC;\"D\nE\"\r\nF;G\r\n"));
        assertEquals(List.of(2, 5, 6), f.rows().stream().map(MemberFile.Row::line).toList());
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingItsLine() {
        MalformedFile e = assertThrows(MalformedFile.class,
                () -> read(utf8("nom;prenom\nA;B\n\"C;D\nE;F\n")));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("quote"), e.getMessage());
    }

    @Test
    void emptyBinaryHeaderlessAndRowlessFilesAreRefused() {
        assertThrows(MalformedFile.class, () -> read(new byte[0]));
        assertThrows(MalformedFile.class, () -> read(new byte[] {1, 0, 2, 0, 3}));
        assertThrows(MalformedFile.class, () -> read(utf8(";;\nA;B;C\n")));
        assertEquals(2, assertThrows(MalformedFile.class, () -> read(utf8("nom;prenom\n"))).line());
        assertEquals(2, assertThrows(MalformedFile.class, () -> read(utf8("nom;prenom\nA;B;C\n"))).line());
        assertThrows(MalformedFile.class, () -> read(new byte[] {'P', 'K', 3, 4, 9, 9, 9}));
    }

    @Test
    void csvRowsPastTheLimitAreRefusedAndBlankLinesDoNotCount() {
        ImportLimits two = new ImportLimits(2, 100, 1 << 20, 1 << 20, 100);
        assertEquals(2, MemberFileReader.read(utf8("nom\nA\n\n;\nB\n"), two).rows().size());
        MalformedFile e = assertThrows(MalformedFile.class, () -> MemberFileReader.read(utf8("nom\nA\nB\nC\n"), two));
        assertInstanceOf(FileTooLarge.class, e);
        assertEquals("has more than 2 rows (limit sillon.imports.max-rows)", e.getMessage());
        WorkbookGuardTest.assertFrench(e);
    }

    @Test
    void csvCellsLongerThanTheLimitAreRefusedNamingTheCell() {
        ImportLimits five = new ImportLimits(100, 5, 1 << 20, 1 << 20, 100);
        assertEquals(List.of("A", "abcde"), MemberFileReader.read(utf8("nom;ville\nA;abcde\n"), five).rows().get(0).values());
        MalformedFile e = assertThrows(MalformedFile.class, () -> MemberFileReader.read(utf8("nom;ville\nA;B\nC;abcdef\n"), five));
        assertEquals("cell B3 is longer than 5 characters (limit sillon.imports.max-cell-chars)", e.getMessage());
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithDatesAndNumbersAsTheyShow() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Adhérents");
            ws.value(0, 0, "Nom");
            ws.value(0, 1, "CP");
            ws.value(0, 2, "Inscription");
            ws.value(1, 0, "Lefèvre");
            ws.value(1, 1, 56270);
            ws.value(1, 2, LocalDate.of(2021, 3, 4));
            ws.style(1, 2).format("dd/mm/yyyy").set();
        }
        MemberFile f = read(out.toByteArray());
        assertEquals(MemberFile.XLSX, f.format());
        assertEquals(List.of("Nom", "CP", "Inscription"), f.headers());
        assertEquals(List.of("Lefèvre", "56270", "2021-03-04"), f.rows().get(0).values());
        assertEquals(2, f.rows().get(0).line());
    }
}
