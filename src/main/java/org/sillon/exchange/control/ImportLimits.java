package org.sillon.exchange.control;

import org.eclipse.microprofile.config.Config;

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

    /**
     * Defaults from lists of 50,000 members and 10 columns (docs/performance.md): fastexcel writes the sheet
     * as 18 MB and the shared strings as 11 MB, LibreOffice 27 MB and 11 MB; the most compressed part seen
     * was 28 times (LibreOffice, 50,000 rows of one value), member lists stay under 18. Apache POI refuses
     * past 100 times too. A cell holds at most Excel's own 32,767 characters.
     */
    public static final ImportLimits DEFAULTS = new ImportLimits(50_000, 32_767, 64L << 20, 128L << 20, 100);

    /** The limits configured, each key falling back to its default. */
    public static ImportLimits configured(Config config) {
        return new ImportLimits(
                config.getOptionalValue(MAX_ROWS, Integer.class).orElse(DEFAULTS.maxRows()),
                config.getOptionalValue(MAX_CELL_CHARS, Integer.class).orElse(DEFAULTS.maxCellChars()),
                config.getOptionalValue(MAX_PART_BYTES, Long.class).orElse(DEFAULTS.maxPartBytes()),
                config.getOptionalValue(MAX_TOTAL_BYTES, Long.class).orElse(DEFAULTS.maxTotalBytes()),
                config.getOptionalValue(MAX_RATIO, Integer.class).orElse(DEFAULTS.maxRatio()));
    }

    public ImportLimits {
        if (maxRows < 1 || maxCellChars < 1 || maxPartBytes < 1 || maxTotalBytes < 1 || maxRatio < 1) {
            throw new IllegalArgumentException("import limits must be positive: " + maxRows + ", " + maxCellChars
                    + ", " + maxPartBytes + ", " + maxTotalBytes + ", " + maxRatio);
        }
    }
}
