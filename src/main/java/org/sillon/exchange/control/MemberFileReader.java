package org.sillon.exchange.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.sillon.platform.entity.Message;

/**
 * Reads a member list from the bytes of a CSV or XLSX file: the first line (first row of the first sheet)
 * holds the headers. Refuses, naming the line, what is not such a list rather than guessing at it, and what
 * is more than the {@link ImportLimits} allow: a workbook passes {@link WorkbookGuard} before fastexcel
 * reads it.
 */
public final class MemberFileReader {

    private MemberFileReader() {
    }

    public static MemberFile read(byte[] bytes, ImportLimits limits) {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedFile(0, Message.of("import.empty"));
        }
        boolean signed = bytes.length >= 8; // the workbook signatures need eight bytes to look at
        if (signed && ReadableWorkbook.isOLE2Header(bytes)) {
            throw new MalformedFile(0, Message.of("import.xls"));
        }
        MemberFile file = signed && ReadableWorkbook.isOOXMLZipHeader(bytes) ? xlsx(bytes, limits) : csv(bytes, limits);
        if (file.headers().stream().allMatch(h -> h.isBlank())) {
            throw new MalformedFile(1, Message.of("import.noHeaders"));
        }
        if (file.rows().isEmpty()) {
            throw new MalformedFile(2, Message.of("import.noRows"));
        }
        return file;
    }

    private static MemberFile csv(byte[] bytes, ImportLimits limits) {
        CsvSniffer.Encoding encoding = CsvSniffer.encoding(bytes);
        String text = new String(bytes, encoding.offset(), bytes.length - encoding.offset(), encoding.charset());
        if (text.indexOf('\0') >= 0) {
            throw new MalformedFile(0, Message.of("import.notCsvNorXlsx"));
        }
        int end = text.indexOf('\n');
        char separator = CsvSniffer.separator(end < 0 ? text : text.substring(0, end));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        Rows rows = new Rows(limits);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            try {
                for (CSVRecord record : parser) {
                    // the record number is the row a spreadsheet shows, even when a cell spans lines
                    rows.add((int) record.getRecordNumber(), record.toList());
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new MalformedFile((int) parser.getRecordNumber() + 1,
                        Message.of("import.csvUnreadable", rootMessage(e)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = separator == '\t' ? "tab" : String.valueOf(separator);
        return new MemberFile(MemberFile.CSV, encoding.charset().name(), name, rows.headers(), rows.rows());
    }

    private static MemberFile xlsx(byte[] bytes, ImportLimits limits) {
        Rows rows = new Rows(limits);
        try {
            WorkbookGuard.check(bytes, limits);
            try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
                    Stream<Row> sheet = book.getFirstSheet().openStream()) {
                for (Row row : (Iterable<Row>) sheet::iterator) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        values.add(text(row.getCell(i)));
                    }
                    rows.add(row.getRowNum(), values);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MalformedFile m) {
                throw m;
            }
            throw new MalformedFile(0, Message.of("import.xlsxUnreadable", rootMessage(e)));
        }
        return new MemberFile(MemberFile.XLSX, null, null, rows.headers(), rows.rows());
    }

    /** The headers, then the rows below them, refused past the row limit or with a cell past the length limit. */
    private static final class Rows {
        private final ImportLimits limits;
        private List<String> headers;
        private final List<MemberFile.Row> rows = new ArrayList<>();

        Rows(ImportLimits limits) {
            this.limits = limits;
        }

        void add(int line, List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null && values.get(i).length() > limits.maxCellChars()) {
                    throw new MalformedFile(0, Message.of("import.cellTooLong", CellReference.columnName(i) + line,
                            limits.maxCellChars(), ImportLimits.MAX_CELL_CHARS));
                }
            }
            if (headers == null) {
                headers = headers(values);
            } else if (values.stream().anyMatch(v -> v != null && !v.isBlank())) {
                if (rows.size() == limits.maxRows()) {
                    throw new FileTooLarge(Message.of("import.maxRows", limits.maxRows(), ImportLimits.MAX_ROWS));
                }
                for (int i = headers.size(); i < values.size(); i++) {
                    if (values.get(i) != null && !values.get(i).isBlank()) {
                        throw new MalformedFile(line, Message.of("import.extraValue", i + 1, headers.size()));
                    }
                }
                rows.add(new MemberFile.Row(line, List.copyOf(values.subList(0, Math.min(values.size(), headers.size()))
                        .stream().map(v -> v == null ? "" : v.strip()).toList())));
            }
        }

        private static List<String> headers(List<String> values) {
            List<String> headers = new ArrayList<>();
            for (String v : values) {
                headers.add(v == null ? "" : v.strip());
            }
            // trailing empty header cells are spreadsheet leftovers, not columns
            while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
                headers.remove(headers.size() - 1);
            }
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).isEmpty()) {
                    headers.set(i, "#" + (i + 1));
                }
            }
            return headers;
        }

        List<String> headers() {
            return headers == null ? List.of() : headers;
        }

        List<MemberFile.Row> rows() {
            return rows;
        }
    }

    /** A cell as the text a person sees in it: dates as ISO dates, numbers without a trailing ".0". */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString()
                    : cell.asNumber().stripTrailingZeros().toPlainString();
            case EMPTY, ERROR -> null;
            case BOOLEAN, STRING, FORMULA -> cell.getText();
        };
    }

    private static boolean isDate(Cell cell) {
        String f = cell.getDataFormatString();
        Integer id = cell.getDataFormatId();
        boolean builtInDate = id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47);
        return builtInDate || f != null && f.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").matches(".*[dy].*")
                && cell.asNumber().compareTo(BigDecimal.ZERO) > 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
