package org.sillon.people.control;

/**
 * How much of an uploaded member list an import reads, checked while reading so that a small file cannot
 * unpack into more than the server can hold. Each limit is a configuration key, named in the refusal.
 *
 * @param maxRows rows below the headers
 * @param maxCellChars characters in one cell (or one shared string of a workbook)
 * @param maxPartBytes bytes one part of a workbook (a zip entry) may inflate to
 * @param maxTotalBytes bytes all the parts of a workbook may inflate to
 * @param maxRatio how many times smaller than its inflated size a part may be compressed
 */
public record ImportLimits(int maxRows, int maxCellChars, long maxPartBytes, long maxTotalBytes, int maxRatio) {

    public static final String MAX_ROWS = "sillon.imports.max-rows";
    public static final String MAX_CELL_CHARS = "sillon.imports.max-cell-chars";
    public static final String MAX_PART_BYTES = "sillon.imports.max-inflated-bytes";
    public static final String MAX_TOTAL_BYTES = "sillon.imports.max-inflated-total-bytes";
    public static final String MAX_RATIO = "sillon.imports.max-ratio";

    // Defaults from lists of 50,000 members and 10 columns (docs/performance.md): fastexcel writes the sheet
    // as 18 MB and the shared strings as 11 MB, LibreOffice 27 MB and 11 MB; the most compressed part seen
    // was 28 times (LibreOffice, 50,000 rows of one value), member lists stay under 18. Apache POI refuses
    // past 100 times too.
    public static final String DEFAULT_MAX_ROWS = "50000";
    /** Excel's own limit for a cell. */
    public static final String DEFAULT_MAX_CELL_CHARS = "32767";
    public static final String DEFAULT_MAX_PART_BYTES = "67108864";
    public static final String DEFAULT_MAX_TOTAL_BYTES = "134217728";
    public static final String DEFAULT_MAX_RATIO = "100";

    public static final ImportLimits DEFAULTS = new ImportLimits(Integer.parseInt(DEFAULT_MAX_ROWS),
            Integer.parseInt(DEFAULT_MAX_CELL_CHARS), Long.parseLong(DEFAULT_MAX_PART_BYTES),
            Long.parseLong(DEFAULT_MAX_TOTAL_BYTES), Integer.parseInt(DEFAULT_MAX_RATIO));

    public ImportLimits {
        if (maxRows < 1 || maxCellChars < 1 || maxPartBytes < 1 || maxTotalBytes < 1 || maxRatio < 1) {
            throw new IllegalArgumentException("import limits must be positive: " + maxRows + ", " + maxCellChars
                    + ", " + maxPartBytes + ", " + maxTotalBytes + ", " + maxRatio);
        }
    }
}
