package org.sillon.exchange.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sillon.testing.XlsxFiles.repeat;
import static org.sillon.testing.XlsxFiles.row;
import static org.sillon.testing.XlsxFiles.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.Message;
import org.sillon.testing.XlsxFiles;

/**
 * Hostile workbooks, built here part by part, refused before fastexcel-reader reads them, in bounded memory:
 * what the reading thread allocates is measured, for the two bombs a security probe ran the server out of
 * memory with. Legitimate workbooks, up to the row limit, still pass.
 */
class WorkbookGuardTest {

    /** Far below what fastexcel alone allocates for either bomb (see the two tests that show it). */
    private static final long MEMORY_BOUND = 64L << 20;

    private static final ImportLimits DEFAULTS = ImportLimits.DEFAULTS;

    private static byte[] eightMillionRows;

    private static synchronized byte[] eightMillionRows() {
        if (eightMillionRows == null) {
            eightMillionRows = XlsxFiles.manyRows(8_000_000);
        }
        return eightMillionRows;
    }

    private static long allocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        work.run();
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
    }

    /** The refusal of {@code file}, which the import page shows in French too. */
    static MalformedFile refusal(byte[] file, ImportLimits limits) {
        MalformedFile refusal = assertThrows(MalformedFile.class, () -> MemberFileReader.read(file, limits));
        assertFrench(refusal);
        return refusal;
    }

    static void assertFrench(MalformedFile refusal) {
        Message shown = Message.of("import.file", "adherents.xlsx", refusal.reason());
        String french = shown.text(Locale.FRENCH);
        assertNotEquals(shown.text(Locale.ENGLISH), french, "no French for: " + refusal.getMessage());
        assertTrue(french.startsWith("adherents.xlsx : "), french);
    }

    @Test
    void aCellOfOnePointFiveGigabytesIsRefusedForItsRatioInBoundedMemory() {
        byte[] bomb = XlsxFiles.inflatedCell(1_500_000_000L);
        assertTrue(bomb.length < 2_000_000, "the probe's file is 1.5 MB: " + bomb.length);
        long allocated = allocatedBy(() -> {
            MalformedFile e = refusal(bomb, DEFAULTS);
            assertInstanceOf(FileTooLarge.class, e);
            assertEquals("part xl/worksheets/sheet1.xml is compressed more than 100 times (limit sillon.imports.max-ratio)",
                    e.getMessage());
        });
        assertTrue(allocated < MEMORY_BOUND, allocated + " bytes allocated");
    }

    @Test
    void eightMillionRowsAreRefusedInBoundedMemory() {
        byte[] bomb = eightMillionRows();
        assertTrue(bomb.length < 10_000_000, "within the upload limit: " + bomb.length);
        long allocated = allocatedBy(() -> {
            MalformedFile e = refusal(bomb, DEFAULTS);
            assertInstanceOf(FileTooLarge.class, e);
            assertEquals("part xl/worksheets/sheet1.xml unpacks to more than 67108864 bytes"
                    + " (limit sillon.imports.max-inflated-bytes)", e.getMessage());
        });
        assertTrue(allocated < MEMORY_BOUND, allocated + " bytes allocated");
    }

    @Test
    void fastexcelAloneHoldsTheWholeCell() throws IOException {
        byte[] bomb = XlsxFiles.inflatedCell(64L << 20); // a twentieth of the probe's, so as to end
        long allocated = allocatedBy(() -> {
            try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bomb))) {
                assertEquals(2, book.getFirstSheet().read().size());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(allocated > 2 * MEMORY_BOUND, allocated + " bytes allocated");
    }

    @Test
    void fastexcelAloneReadsEveryRow() {
        byte[] bomb = eightMillionRows();
        long allocated = allocatedBy(() -> {
            try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bomb));
                    Stream<org.dhatim.fastexcel.reader.Row> rows = book.getFirstSheet().openStream()) {
                assertEquals(1_000_000, rows.limit(1_000_000).count(), "a million rows and counting");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(allocated > 2 * MEMORY_BOUND, allocated + " bytes allocated");
    }

    @Test
    void rowsAreRefusedFromTheFirstPastTheLimitAndEmptyRowsDoNotCount() {
        ImportLimits three = new ImportLimits(3, 100, 1 << 20, 1 << 21, 100);
        String headers = row(1, "Nom");
        String empty = "<row r=\"9\"><c r=\"A9\" s=\"0\"/></row>";
        byte[] atTheLimit = XlsxFiles.sheet(text(headers + row(2, "a") + empty + row(3, "b") + row(4, "c"))).bytes();
        assertEquals(3, MemberFileReader.read(atTheLimit, three).rows().size());
        byte[] past = XlsxFiles.sheet(text(headers + row(2, "a") + row(3, "b") + row(4, "c") + row(5, "d"))).bytes();
        MalformedFile e = refusal(past, three);
        assertInstanceOf(FileTooLarge.class, e);
        assertEquals("has more than 3 rows (limit sillon.imports.max-rows)", e.getMessage());
    }

    @Test
    void aMemberListOfFiftyThousandRowsWrittenByFastexcelIsReadWithTheDefaults() throws IOException {
        int rows = DEFAULTS.maxRows();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = new XlsxSheet(out, "Adhérents")) {
            sheet.row(List.of("Civilité", "Prénom", "Nom", "Courriel", "Portable", "Adresse", "Code postal", "Ville",
                    "Foyer", "Date d'inscription"));
            for (int i = 1; i <= rows; i++) {
                sheet.row(List.of(i % 2 == 0 ? "Mme" : "M.", "Prénom" + i, "Le Gall", "adherent" + i + "@example.org",
                        String.format(Locale.ROOT, "06 12 %02d %02d %02d", i / 10000 % 100, i / 100 % 100, i % 100),
                        i / 2 + " rue des Ajoncs", String.valueOf(29000 + i % 1000), "Quimperlé", "F" + i / 2, "04/03/2021"));
            }
        }
        // 2.7 MB: a sheet of 18 MB compressed 8.9 times, shared strings of 11 MB compressed 16 times
        MemberFile file = MemberFileReader.read(out.toByteArray(), DEFAULTS);
        assertEquals(rows, file.rows().size());
        assertEquals("Quimperlé", file.rows().get(rows - 1).value(7));
    }

    @Test
    void aSharedStringIndexPastTheEndIsRefused() {
        XlsxFiles.Content two = text("<si><t>Nom</t></si><si><t>Le Gall</t></si>");
        byte[] ok = XlsxFiles.sheet(text("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>")).sharedStrings(two).bytes();
        assertEquals("Le Gall", MemberFileReader.read(ok, DEFAULTS).rows().get(0).value(0));
        // fastexcel would add 30 million empty strings to reach it: 200 MB from 1.2 kB
        byte[] past = XlsxFiles.sheet(text("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>30000000</v></c></row>")).sharedStrings(two).bytes();
        assertEquals("cell A2 refers to shared string 30000000, which the file does not have",
                refusal(past, DEFAULTS).getMessage());
        byte[] negative = XlsxFiles.sheet(text("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>")).sharedStrings(two).bytes();
        assertEquals("cell A1 refers to shared string -1, which the file does not have",
                refusal(negative, DEFAULTS).getMessage());
    }

    @Test
    void aSharedStringFastexcelWouldKeepMillionsOfIsRefused() {
        XlsxFiles.Content many = out -> {
            for (int i = 0; i <= SheetRules.MAX_SHARED_STRINGS; i++) {
                out.write("<si><t>" + i + "</t></si>");
            }
        };
        byte[] file = XlsxFiles.sheet(text("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + SheetRules.MAX_SHARED_STRINGS
                + "</v></c></row>")).sharedStrings(many).bytes();
        MalformedFile e = refusal(file, DEFAULTS);
        assertInstanceOf(FileTooLarge.class, e);
        assertEquals("cell A1 uses shared string 1000000; an import reads at most 1000000", e.getMessage());
    }

    @Test
    void cellReferencesOutsideTheSheetAreRefused() {
        // fastexcel would pad the row with 12 million empty cells to reach column AAAAAA
        byte[] far = XlsxFiles.sheet(text(row(1, "Nom") + "<row r=\"2\"><c r=\"AAAAAA2\"><v>1</v></c></row>")).bytes();
        assertEquals("AAAAAA2 is not a cell reference between A1 and XFD1048576", refusal(far, DEFAULTS).getMessage());
        byte[] bottom = XlsxFiles.sheet(text(row(1, "Nom") + "<row r=\"2\"><c r=\"A1048577\"><v>1</v></c></row>")).bytes();
        assertEquals("A1048577 is not a cell reference between A1 and XFD1048576", refusal(bottom, DEFAULTS).getMessage());
        byte[] rowZero = XlsxFiles.sheet(text(row(1, "Nom") + "<row r=\"0\"><c><v>1</v></c></row>")).bytes();
        assertEquals("row number 0 is not between 1 and 1048576", refusal(rowZero, DEFAULTS).getMessage());
        byte[] wide = XlsxFiles.sheet(text(row(1, "Nom") + "<row r=\"2\"><c r=\"GS2\"><v>1</v></c></row>")).bytes();
        assertEquals("cell GS2 lies beyond column GR, the last one an import reads", refusal(wide, DEFAULTS).getMessage());
        byte[] emptyFarRight = XlsxFiles.sheet(text(row(1, "Nom") + "<row r=\"2\"><c r=\"A2\"><v>1</v></c>"
                + "<c r=\"XFD2\" s=\"0\"/></row>")).bytes();
        assertEquals(1, MemberFileReader.read(emptyFarRight, DEFAULTS).rows().size(), "an empty cell may lie anywhere");
    }

    @Test
    void cellsLongerThanTheLimitAreRefused() {
        ImportLimits ten = new ImportLimits(100, 10, 1 << 20, 1 << 21, 100);
        byte[] inline = XlsxFiles.sheet(text(row(1, "Nom") + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><r><t>123456</t></r>"
                + "<r><t>78901</t></r></is></c></row>")).bytes();
        assertEquals("cell B2 is longer than 10 characters (limit sillon.imports.max-cell-chars)",
                refusal(inline, ten).getMessage());
        byte[] cdata = XlsxFiles.sheet(text(row(1, "Nom") + "<row r=\"2\"><c r=\"A2\"><v><![CDATA[12345678901]]></v></c></row>")).bytes();
        assertEquals("cell A2 is longer than 10 characters (limit sillon.imports.max-cell-chars)",
                refusal(cdata, ten).getMessage());
        byte[] formula = XlsxFiles.sheet(text(row(1, "Nom") + "<row r=\"2\"><c r=\"A2\"><f>SUM(B1:B999)+1</f><v>1</v></c></row>")).bytes();
        assertEquals("cell A2 is longer than 10 characters (limit sillon.imports.max-cell-chars)",
                refusal(formula, ten).getMessage());
        byte[] shared = XlsxFiles.sheet(text(row(1, "Nom"))).sharedStrings(text("<si><t>court</t></si><si><t>123456</t>"
                + "<rPh><t>78901</t></rPh></si>")).bytes();
        assertEquals("shared string 1 is longer than 10 characters (limit sillon.imports.max-cell-chars)",
                refusal(shared, ten).getMessage());
        byte[] tenExactly = XlsxFiles.sheet(text(row(1, "Nom") + row(2, "1234567890"))).bytes();
        assertEquals("1234567890", MemberFileReader.read(tenExactly, ten).rows().get(0).value(0));
    }

    @Test
    void partsAreRefusedPastTheirInflatedSizeAndAllOfThemPastTheTotal() {
        ImportLimits small = new ImportLimits(100, 100, 1 << 20, 3 << 20, 100);
        // text that deflate shrinks less than 100 times
        XlsxFiles.Content halfMegabyte = out -> {
            for (int i = 0; i < 60_000; i++) {
                out.write("<!-- " + i + " -->");
            }
        };
        byte[] onePart = XlsxFiles.sheet(text(row(1, "Nom") + row(2, "a"))).part("docProps/custom.xml", out -> {
            halfMegabyte.write(out);
            halfMegabyte.write(out);
        }).bytes();
        MalformedFile part = refusal(onePart, small);
        assertInstanceOf(FileTooLarge.class, part);
        assertEquals("part docProps/custom.xml unpacks to more than 1048576 bytes (limit sillon.imports.max-inflated-bytes)",
                part.getMessage());
        XlsxFiles many = XlsxFiles.sheet(text(row(1, "Nom") + row(2, "a")));
        for (int i = 0; i < 8; i++) {
            many.part("docProps/custom" + i + ".xml", halfMegabyte);
        }
        MalformedFile total = refusal(many.bytes(), small);
        assertInstanceOf(FileTooLarge.class, total);
        assertEquals("unpacks to more than 3145728 bytes in all (limit sillon.imports.max-inflated-total-bytes)",
                total.getMessage());
    }

    @Test
    void onlyPartsPastAMegabyteAreHeldToTheRatio() {
        byte[] smallButSqueezed = XlsxFiles.sheet(text(row(1, "Nom") + row(2, "a")))
                .part("docProps/app.xml", out -> {
                    out.write("<Properties>");
                    repeat(" ", 1_000_000).write(out);
                    out.write("</Properties>");
                }).bytes();
        assertDoesNotThrow(() -> MemberFileReader.read(smallButSqueezed, DEFAULTS));
    }

    @Test
    void partsBeyondAThousandAreRefused() {
        XlsxFiles file = XlsxFiles.sheet(text(row(1, "Nom") + row(2, "a")));
        for (int i = 0; i < WorkbookGuard.MAX_PARTS; i++) {
            file.part("xl/media/image" + i + ".png", text("x"));
        }
        MalformedFile e = refusal(file.bytes(), DEFAULTS);
        assertInstanceOf(FileTooLarge.class, e);
        assertEquals("holds more than 1000 parts", e.getMessage());
    }

    @Test
    void aPartCompressedOtherwiseThanByDeflateIsRefused() throws IOException {
        byte[] file = XlsxFiles.sheet(text(row(1, "Nom") + row(2, "a"))).bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
                org.apache.commons.compress.archivers.zip.ZipFile source = org.apache.commons.compress.archivers.zip.ZipFile
                        .builder().setByteArray(file).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(source.getEntries())) {
                zip.addRawArchiveEntry(e, source.getRawInputStream(e));
            }
            byte[] plain = "<Properties/>".getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (BZip2CompressorOutputStream bzip2 = new BZip2CompressorOutputStream(packed)) {
                bzip2.write(plain);
            }
            ZipArchiveEntry bzipped = new ZipArchiveEntry("docProps/app.xml");
            bzipped.setMethod(12);
            bzipped.setSize(plain.length);
            bzipped.setCompressedSize(packed.size());
            CRC32 crc = new CRC32();
            crc.update(plain);
            bzipped.setCrc(crc.getValue());
            zip.addRawArchiveEntry(bzipped, new ByteArrayInputStream(packed.toByteArray()));
        }
        assertEquals("part docProps/app.xml is compressed with method 12; a workbook uses deflate",
                refusal(out.toByteArray(), DEFAULTS).getMessage());
    }

    @Test
    void markupThatAReaderWouldHoldWholeIsRefused() {
        Random random = new Random(1);
        String longName = random.ints((1 << 20) + 1, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        byte[] attribute = XlsxFiles.sheet(text(row(1, "Nom") + "<row r=\"2\" spans=\"" + longName + "\"/>")).bytes();
        assertEquals("part xl/worksheets/sheet1.xml has a tag, comment or CDATA section longer than 1048576 bytes",
                refusal(attribute, DEFAULTS).getMessage());
        byte[] comment = XlsxFiles.sheet(text(row(1, "Nom") + "<!--->" + longName + "-->")).bytes();
        assertEquals("part xl/worksheets/sheet1.xml has a tag, comment or CDATA section longer than 1048576 bytes",
                refusal(comment, DEFAULTS).getMessage());
        byte[] dtd = XlsxFiles.sheet(text(row(1, "Nom"))).part(XlsxFiles.STYLES,
                text("<?xml version=\"1.0\"?><!DOCTYPE styleSheet [<!ENTITY a \"aaaa\">]><styleSheet/>")).bytes();
        assertEquals("part xl/styles.xml declares a DTD, which a workbook must not", refusal(dtd, DEFAULTS).getMessage());
        byte[] deep = XlsxFiles.sheet(text(row(1, "Nom"))).part(XlsxFiles.STYLES, out -> {
            repeat("<a>", 100_000).write(out);
            repeat("</a>", 100_000).write(out);
        }).bytes();
        assertEquals("part xl/styles.xml nests elements more than 64 deep", refusal(deep, DEFAULTS).getMessage());
    }

    @Test
    void onlyUtf8IsRead() {
        byte[] file = XlsxFiles.sheet(text(row(1, "Nom"))).part(XlsxFiles.STYLES,
                text("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><styleSheet/>")).bytes();
        assertEquals("part xl/styles.xml is not encoded in UTF-8", refusal(file, DEFAULTS).getMessage());
    }

    @Test
    void formulasThatFastexcelWouldTakeMinutesToExpandAreRefused() {
        String base = "A1" + "+A1".repeat(3000);
        byte[] shared = XlsxFiles.sheet(out -> {
            out.write(row(1, "Nom"));
            out.write("<row r=\"2\"><c r=\"A2\"><f t=\"shared\" ref=\"A2:A9999\" si=\"0\">" + base + "</f><v>1</v></c></row>");
            for (int i = 3; i < 2000; i++) {
                out.write("<row r=\"" + i + "\"><c r=\"A" + i + "\"><f t=\"shared\" si=\"0\"/><v>1</v></c></row>");
            }
        }).bytes();
        MalformedFile e = refusal(shared, DEFAULTS);
        assertInstanceOf(FileTooLarge.class, e);
        assertEquals("its formulas would take too long to read", e.getMessage());
        byte[] arrays = XlsxFiles.sheet(out -> {
            out.write(row(1, "Nom"));
            for (int i = 2; i < 200; i++) {
                out.write("<row r=\"" + i + "\"><c r=\"A" + i + "\"><f t=\"array\" ref=\"A" + i + "\">1</f><v>1</v></c></row>");
            }
        }).bytes();
        assertEquals("its formulas would take too long to read", refusal(arrays, DEFAULTS).getMessage());
    }

    @Test
    void stylesFastexcelWouldKeepHundredsOfThousandsOfAreRefused() {
        byte[] file = XlsxFiles.sheet(text(row(1, "Nom"))).part(XlsxFiles.STYLES, out -> {
            out.write("<styleSheet><cellXfs>");
            for (int i = 0; i <= WorkbookParts.MAX_ELEMENTS; i++) {
                out.write("<xf numFmtId=\"" + i + "\"/>");
            }
            out.write("</cellXfs></styleSheet>");
        }).bytes();
        MalformedFile e = refusal(file, DEFAULTS);
        assertInstanceOf(FileTooLarge.class, e);
        assertEquals("part xl/styles.xml has more than 100000 xf elements", e.getMessage());
    }

    @Test
    void theRefusalOfAFileLargerThanTheUploadLimitHasAFrenchTextToo() {
        assertEquals("adherents.xlsx : dépasse 10485760 octets (limite sillon.imports.max-bytes)", Message.of("import.file",
                "adherents.xlsx", Message.of("import.tooLarge", 10485760, "sillon.imports.max-bytes")).text(Locale.FRENCH));
    }

    @Test
    void theSheetIsFoundAsFastexcelFindsIt() {
        // the first sheet is the one of rId7, in a folder of another name, and its name differs in case
        byte[] file = XlsxFiles.sheet(text(""))
                .part(XlsxFiles.WORKBOOK, text("<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheets><sheet name=\"Liste\" sheetId=\"1\" r:id=\"rId7\"/><sheet name=\"Vide\" sheetId=\"2\" r:id=\"rId1\"/>"
                        + "</sheets></workbook>"))
                .part("xl/_rels/workbook.xml.rels", text("<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId7\" Target=\"/xl/feuilles/Liste.xml\"/></Relationships>"))
                .part("xl/feuilles/liste.xml", text("<worksheet><sheetData>" + row(1, "Nom") + row(2, "a") + row(3, "b")
                        + "</sheetData></worksheet>"))
                .bytes();
        assertEquals(2, MemberFileReader.read(file, DEFAULTS).rows().size());
        ImportLimits one = new ImportLimits(1, 100, 1 << 20, 1 << 21, 100);
        assertEquals("has more than 1 rows (limit sillon.imports.max-rows)", refusal(file, one).getMessage());
    }
}
