package org.sillon.exchange.control;

/**
 * A cell's place in a sheet as Excel names it ("C7"): column from 0, row from 1. Only places a sheet can
 * have, A1 to XFD1048576; the "$" of absolute references and lower-case letters are read as fastexcel
 * reads them.
 */
public record CellReference(int column, int row) {

    public static final int MAX_COLUMNS = 16_384;
    public static final int MAX_ROWS = 1_048_576;

    /** The reference, or null when {@code text} names no place within A1:XFD1048576. */
    public static CellReference parse(String text) {
        int i = text.startsWith("$") ? 1 : 0;
        int column = 0;
        int letters = 0;
        for (; i < text.length() && Character.isLetter(text.charAt(i)); i++) {
            char c = Character.toUpperCase(text.charAt(i));
            if (c < 'A' || c > 'Z' || ++letters > 3) {
                return null;
            }
            column = column * 26 + c - 'A' + 1;
        }
        if (i < text.length() && text.charAt(i) == '$') {
            i++;
        }
        int row = row(text.substring(i));
        return letters == 0 || column > MAX_COLUMNS || row < 1 ? null : new CellReference(column - 1, row);
    }

    /** A row number of a sheet, or -1 when {@code text} is not one (1 to 1048576). */
    public static int row(String text) {
        if (text.isEmpty() || text.length() > 7) {
            return -1;
        }
        int row = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            row = row * 10 + c - '0';
        }
        return row >= 1 && row <= MAX_ROWS ? row : -1;
    }

    /** The letters of a column counted from 0: 0 is "A", 26 is "AA". */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    @Override
    public String toString() {
        return columnName(column) + row;
    }
}
