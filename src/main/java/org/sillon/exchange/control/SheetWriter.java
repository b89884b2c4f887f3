package org.sillon.exchange.control;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Rows of text written one after the other to a file being downloaded; nothing is held in memory. */
public interface SheetWriter extends Closeable {

    /** One row; a null cell is written empty. */
    void row(List<String> cells) throws IOException;
}
