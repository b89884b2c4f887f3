package org.sillon.exchange.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet written with fastexcel, flushed row by row. Cells are written as text, never as formulas,
 * so a value starting with "=" cannot run in Excel; the first row (the headers) is bold.
 */
public final class XlsxSheet implements SheetWriter {

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    public XlsxSheet(OutputStream out, String name) {
        workbook = new Workbook(out, "Sillon", "1.0");
        sheet = workbook.newWorksheet(name);
    }

    @Override
    public void row(List<String> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            String value = cells.get(c);
            if (value != null && !value.isEmpty()) {
                sheet.value(row, c, value);
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
