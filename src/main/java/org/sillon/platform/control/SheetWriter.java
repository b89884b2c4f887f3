package org.sillon.platform.control;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Rows written one after the other to a file being downloaded; nothing is held in memory. A cell is text or a
 * day ({@link java.time.LocalDate}), which each format writes its own way.
 */
public interface SheetWriter extends Closeable {

    /** One row of texts and days; a null cell is written empty. */
    void row(List<?> cells) throws IOException;
}
