package org.sillon.testing;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks written part by part, for the tests of what an import refuses: the parts fastexcel-reader
 * needs ({@code [Content_Types].xml}, the workbook and its relationships, styles, one sheet, shared strings
 * when given), any of them replaceable or added to. Content streams into the zip, so that a test never holds
 * the gigabyte its file unpacks to.
 */
public final class XlsxFiles {

    /** Text written into a part. */
    @FunctionalInterface
    public interface Content {
        void write(Writer out) throws IOException;
    }

    public static final String SHEET = "xl/worksheets/sheet1.xml";
    public static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    public static final String STYLES = "xl/styles.xml";
    public static final String WORKBOOK = "xl/workbook.xml";

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final Map<String, Content> parts = new LinkedHashMap<>();

    private XlsxFiles(Content sheetData) {
        parts.put("[Content_Types].xml", text(XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "</Types>"));
        parts.put(WORKBOOK, text(XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Adhérents\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        parts.put("xl/_rels/workbook.xml.rels", text(XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>"));
        parts.put(STYLES, text(XML + "<styleSheet xmlns=\"" + MAIN + "\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>"));
        parts.put(SHEET, out -> {
            out.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            sheetData.write(out);
            out.write("</sheetData></worksheet>");
        });
    }

    /** A workbook whose first sheet's {@code sheetData} holds what {@code sheetData} writes. */
    public static XlsxFiles sheet(Content sheetData) {
        return new XlsxFiles(sheetData);
    }

    /** The probe's first bomb at full size: 1.5 MB holding one cell of 1.5 GB, in row 2 below a header. */
    public static byte[] inflatedCell(long characters) {
        return sheet(out -> {
            out.write(row(1, "Nom"));
            out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            repeat("x", characters).write(out);
            out.write("</t></is></c></row>");
        }).bytes();
    }

    /**
     * The probe's second bomb: one-cell rows below a header (8 million make 2.5 MB), numbered by fastexcel
     * since they say nothing, their values varied enough for deflate to shrink them only 88 times.
     */
    public static byte[] manyRows(int rows) {
        return sheet(out -> {
            out.write(row(1, "Nom"));
            StringBuilder chunk = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                chunk.append("<row><c><v>").append(i % 1000).append("</v></c></row>");
                if (chunk.length() > 8192) {
                    out.write(chunk.toString());
                    chunk.setLength(0);
                }
            }
            out.write(chunk.toString());
        }).bytes();
    }

    /** Adds the shared strings: what {@code items} writes inside {@code sst}. */
    public XlsxFiles sharedStrings(Content items) {
        return part(SHARED_STRINGS, out -> {
            out.write(XML + "<sst xmlns=\"" + MAIN + "\">");
            items.write(out);
            out.write("</sst>");
        });
    }

    /** Adds a part or replaces one. */
    public XlsxFiles part(String name, Content content) {
        parts.put(name, content);
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, Content> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                part.getValue().write(out);
                out.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Content text(String text) {
        return out -> out.write(text);
    }

    /** {@code unit} written {@code times} times, a few kilobytes at once. */
    public static Content repeat(String unit, long times) {
        return out -> {
            int perChunk = Math.max(1, 8192 / unit.length());
            String chunk = unit.repeat(perChunk);
            for (long left = times; left > 0; left -= perChunk) {
                out.write(left >= perChunk ? chunk : unit.repeat((int) left));
            }
        };
    }

    /** A row of inline strings from column A, the row number given. */
    public static String row(int number, String... values) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < values.length; i++) {
            row.append("<c r=\"").append((char) ('A' + i)).append(number).append("\" t=\"inlineStr\"><is><t>")
                    .append(values[i]).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }
}
