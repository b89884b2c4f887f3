package org.sillon.exchange.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sillon.exchange.entity.ImportOutcome;
import org.sillon.exchange.entity.ImportTarget;
import org.sillon.platform.entity.Message;

/**
 * Checks the rows of a file under a mapping: each is invalid, a duplicate of the registry or of an earlier
 * line, or to be created. The preview and the run both use it, so they always agree.
 */
public final class ImportCheck {

    /** A row with its verdict. */
    public record Checked(ImportRow row, DuplicateIndex.Match duplicate) {

        /** ERROR, DUPLICATE, or CREATED for a row to create. */
        public ImportOutcome outcome() {
            if (!row.valid()) {
                return ImportOutcome.ERROR;
            }
            return duplicate == null ? ImportOutcome.CREATED : ImportOutcome.DUPLICATE;
        }

        /** What the report says of a duplicate. */
        public Message duplicateMessage() {
            return duplicate.known().duplicate();
        }
    }

    private ImportCheck() {
    }

    /**
     * The first {@code limit} rows of {@code file} checked; {@code registry} is completed with the accepted
     * rows as it goes.
     */
    public static List<Checked> check(MemberFile file, List<ImportTarget> columns, LocalDate today,
            DuplicateIndex registry, int limit) {
        RowValidator validator = new RowValidator(columns, today);
        List<Checked> result = new ArrayList<>();
        for (MemberFile.Row r : file.rows().subList(0, Math.min(limit, file.rows().size()))) {
            ImportRow row = validator.validate(r);
            DuplicateIndex.Match dup = row.valid() ? registry.find(row) : null;
            if (row.valid() && dup == null) {
                registry.add(row.emailKey(), row.nameAddressKey(),
                        new DuplicateIndex.Known(null, Message.of("import.duplicateLine", row.line())));
            }
            result.add(new Checked(row, dup));
        }
        return result;
    }
}
