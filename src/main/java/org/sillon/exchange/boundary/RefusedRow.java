package org.sillon.exchange.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sillon.exchange.boundary.ImportRunner.RowFailed;
import org.sillon.exchange.control.ImportRow;
import org.sillon.exchange.control.ImportedStatus;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.Persons;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.Failures;
import org.sillon.platform.control.ProblemException;

/**
 * Names the row an import chunk was refused for. A chunk is created in one flush ({@link Households#arrive}),
 * so a refusal there (a trigger, a constraint, an email taken since the check) does not say which row it was;
 * the chunk's rows are then created again one at a time, each flushed, in a transaction of its own that is
 * always rolled back. Only a refused chunk pays for it.
 */
@ApplicationScoped
public class RefusedRow {

    @Inject
    Clock clock;

    @Inject
    Persons persons;

    @Inject
    Households households;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The first row of {@code chunk} the registry refuses, if one is refused on its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<RowFailed> in(List<List<ImportRow>> chunk, Function<List<ImportRow>, ImportedStatus> status,
            Caller by) {
        try {
            for (List<ImportRow> group : chunk) {
                List<Long> members = new ArrayList<>();
                for (ImportRow row : group) {
                    members.add(attempt(row, () -> persons.registerAsOf(row.details(),
                            ImportRunner.registeredAt(row, clock))));
                }
                attempt(group.get(0), () -> households.register(new Households.Composition(null, members.get(0),
                        members.subList(1, members.size()), null, null, status.apply(group).status()), by));
            }
            return Optional.empty();
        } catch (RowFailed refused) {
            return Optional.of(refused);
        } finally {
            transaction.setRollbackOnly();
        }
    }

    /** Runs the creation of a row, naming its line if the registry refuses it. */
    private static <T> T attempt(ImportRow row, Supplier<T> work) {
        try {
            return work.get();
        } catch (ProblemException e) {
            throw new RowFailed(row.line(), e.field(), e.errors().isEmpty() ? e.detail() : e.errors().get(0).message(), e);
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw e; // a lost connection or a deadlock is no fault of the row: the job retries the chunk
            }
            throw new RowFailed(row.line(), null, ImportRunner.reason(e), e);
        }
    }
}
