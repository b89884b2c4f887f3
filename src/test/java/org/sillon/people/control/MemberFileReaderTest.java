package org.sillon.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void aByteOrderMarkMeansUtf8AndIsNotPartOfTheFirstHeader() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = utf8("Nom;Prénom\nLefèvre;Marie\n");
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);
        MemberFile f = MemberFileReader.read(bytes);
        assertEquals("UTF-8", f.encoding());
        assertEquals(";", f.separator());
        assertEquals(List.of("Nom", "Prénom"), f.headers());
        assertEquals(List.of("Lefèvre", "Marie"), f.rows().get(0).values());
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252() {
        byte[] bytes = "nom,prenom,ville\nLefèvre,Zoé,Quimperlé\n".getBytes(CsvSniffer.WINDOWS_1252);
        MemberFile f = MemberFileReader.read(bytes);
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
        MemberFile f = MemberFileReader.read(utf8("nom;prenom\r\nA;B\r\n;\r\n\r\nC;\"D\nE\"\r\nF;G\r\n"));
        assertEquals(List.of(2, 5, 6), f.rows().stream().map(MemberFile.Row::line).toList());
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingItsLine() {
        MalformedFile e = assertThrows(MalformedFile.class,
                () -> MemberFileReader.read(utf8("nom;prenom\nA;B\n\"C;D\nE;F\n")));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("quote"), e.getMessage());
    }

    @Test
    void emptyBinaryHeaderlessAndRowlessFilesAreRefused() {
        assertThrows(MalformedFile.class, () -> MemberFileReader.read(new byte[0]));
        assertThrows(MalformedFile.class, () -> MemberFileReader.read(new byte[] {1, 0, 2, 0, 3}));
        assertThrows(MalformedFile.class, () -> MemberFileReader.read(utf8(";;\nA;B;C\n")));
        assertEquals(2, assertThrows(MalformedFile.class, () -> MemberFileReader.read(utf8("nom;prenom\n"))).line());
        assertEquals(2, assertThrows(MalformedFile.class, () -> MemberFileReader.read(utf8("nom;prenom\nA;B;C\n"))).line());
        assertThrows(MalformedFile.class, () -> MemberFileReader.read(new byte[] {'P', 'K', 3, 4, 9, 9, 9}));
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
        MemberFile f = MemberFileReader.read(out.toByteArray());
        assertEquals(MemberFile.XLSX, f.format());
        assertEquals(List.of("Nom", "CP", "Inscription"), f.headers());
        assertEquals(List.of("Lefèvre", "56270", "2021-03-04"), f.rows().get(0).values());
        assertEquals(2, f.rows().get(0).line());
    }
}
