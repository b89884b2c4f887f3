package org.sillon.exchange.control;

import org.sillon.platform.control.CsvSheet;
import org.sillon.platform.control.SheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/** The file formats a list can be exported to: CSV as Excel opens it in France, and XLSX. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** "csv" or "xlsx", in any case; CSV when not given. */
    public static ExportFormat of(String name) {
        if (name == null || name.isBlank()) {
            return CSV;
        }
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw ProblemException.invalid("format", Message.of("export.format"));
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** A sheet of this format written to {@code out} row by row. */
    public SheetWriter open(OutputStream out, String sheetName) throws IOException {
        return this == CSV ? new CsvSheet(out) : new XlsxSheet(out, sheetName);
    }
}
