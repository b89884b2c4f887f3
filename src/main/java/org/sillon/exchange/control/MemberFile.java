package org.sillon.exchange.control;

import java.util.List;

/**
 * A member list as read from its file: the headers of its first line and the rows after it, each with the
 * line number a spreadsheet shows (the header is line 1).
 */
public record MemberFile(String format, String encoding, String separator, List<String> headers, List<Row> rows) {

    public static final String CSV = "CSV";
    public static final String XLSX = "XLSX";

    /** One data row; {@code values} may be shorter than the headers when trailing cells are empty. */
    public record Row(int line, List<String> values) {

        public String value(int column) {
            return column < values.size() ? values.get(column) : null;
        }
    }
}
