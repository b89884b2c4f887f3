package org.sillon.exchange.control;

import org.sillon.platform.control.SheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet written with fastexcel, flushed row by row. Texts are written as text, never as formulas,
 * so a value starting with "=" cannot run in Excel; days are dates Excel can sort and compute with, shown
 * as 23/11/2026; the first row (the headers) is bold.
 */
public final class XlsxSheet implements SheetWriter {

    private static final String DAY = "dd/mm/yyyy";

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    public XlsxSheet(OutputStream out, String name) {
        workbook = new Workbook(out, "Sillon", "1.0");
        sheet = workbook.newWorksheet(name);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof LocalDate day) {
                sheet.value(row, c, day);
                sheet.style(row, c).format(DAY).set();
            } else if (value != null && !((String) value).isEmpty()) {
                sheet.value(row, c, (String) value);
            }
            if (row == 0) {
                sheet.style(row, c).bold().set();
            }
        }
        row++;
        sheet.flush(); // rows already written leave the memory
    }

    @Override
    public void close() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
