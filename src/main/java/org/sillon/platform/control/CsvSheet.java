package org.sillon.platform.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as French Excel opens it with a double click: semicolons (the comma is the decimal separator), UTF-8
 * announced by a byte order mark (else Excel reads Windows-1252), CRLF line ends, quotes where needed.
 */
public final class CsvSheet implements SheetWriter {

    /** Days as French Excel reads them as dates. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private final Writer writer;
    private final CSVPrinter printer;

    public CsvSheet(OutputStream out) throws IOException {
        writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, FORMAT);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.size());
        for (Object c : cells) {
            safe.add(c instanceof LocalDate day ? DAY.format(day) : defused((String) c));
        }
        printer.printRecord(safe);
    }

    /**
     * A cell Excel would read as a formula (starting with = + - @, or a tab or carriage return before one) is
     * prefixed with an apostrophe, so that a name typed as "=HYPERLINK(...)" stays text (CSV injection).
     */
    public static String defused(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + cell : cell;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
