package org.sillon.exchange.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sillon.exchange.entity.ImportTarget;

/** Guesses what each column fills from its header; the first column a target matches gets it, others none. */
public final class ColumnGuess {

    private ColumnGuess() {
    }

    public static List<ImportTarget> guess(List<String> headers) {
        Set<ImportTarget> taken = EnumSet.noneOf(ImportTarget.class);
        List<ImportTarget> result = new ArrayList<>();
        for (String header : headers) {
            ImportTarget found = null;
            for (ImportTarget t : ImportTarget.values()) {
                if (!taken.contains(t) && t.matches(header)) {
                    found = t;
                    taken.add(t);
                    break;
                }
            }
            result.add(found);
        }
        return result;
    }
}
