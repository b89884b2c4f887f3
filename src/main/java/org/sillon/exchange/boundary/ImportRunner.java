package org.sillon.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sillon.exchange.control.ImportCheck;
import org.sillon.exchange.control.ImportRow;
import org.sillon.exchange.entity.ImportJob;
import org.sillon.exchange.entity.ImportLine;
import org.sillon.exchange.entity.ImportOutcome;
import org.sillon.platform.control.ProblemException;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.Persons;

/**
 * One run of an import, all or nothing: every row is checked first; if any is invalid, nothing is created
 * and the job fails with its report. Otherwise every household and person is created in this one
 * transaction, through the {@link Persons} and {@link Households} facades so that each is audited.
 */
@ApplicationScoped
@Transactional
public class ImportRunner {

    /** Rows between two progress reports, and between two clears of the persistence context. */
    private static final int BATCH = 200;

    /** A row the registry refused while being created: names the line for the report. */
    static final class RowFailed extends RuntimeException {
        final int line;
        final String field;

        RowFailed(int line, String field, String message, Throwable cause) {
            super(message, cause);
            this.line = line;
            this.field = field;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Imports imports;

    @Inject
    Persons persons;

    @Inject
    Households households;

    @Inject
    ImportProgress progress;

    public void execute(long jobId) {
        ImportJob job = imports.find(jobId);
        List<ImportCheck.Checked> rows = imports.check(job, imports.file(job), Integer.MAX_VALUE);
        int errors = (int) rows.stream().filter(c -> c.outcome() == ImportOutcome.ERROR).count();
        int duplicates = (int) rows.stream().filter(c -> c.outcome() == ImportOutcome.DUPLICATE).count();
        if (errors > 0) {
            for (ImportCheck.Checked c : rows) {
                report(jobId, c, null);
            }
            job.fail(new ImportJob.Counts(0, 0, duplicates, errors));
            return;
        }
        int done = 0;
        int createdPersons = 0;
        Collection<List<ImportCheck.Checked>> groups = households(rows);
        for (List<ImportCheck.Checked> group : groups) {
            List<Long> members = new ArrayList<>();
            for (ImportCheck.Checked c : group) {
                long id = create(c);
                members.add(id);
                report(jobId, c, id);
                createdPersons++;
            }
            ImportCheck.Checked main = group.get(0);
            attempt(main.row(), () -> households.register(
                    new Households.Composition(null, members.get(0), members.subList(1, members.size()))));
            done += group.size();
            if (done / BATCH != (done - group.size()) / BATCH) {
                em.flush();
                em.clear(); // a run of 20,000 rows would otherwise keep every entity it made in memory
                progress.advance(jobId, done);
            }
        }
        for (ImportCheck.Checked c : rows) {
            if (c.outcome() == ImportOutcome.DUPLICATE) {
                report(jobId, c, null);
            }
        }
        imports.find(jobId).succeed(new ImportJob.Counts(createdPersons, groups.size(), duplicates, 0));
    }

    /** Ends a run that failed while creating, after its transaction rolled back: nothing was created. */
    public void abort(long jobId, RuntimeException failure) {
        int line = failure instanceof RowFailed r ? r.line : 0;
        String field = failure instanceof RowFailed r ? r.field : null;
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        em.persist(new ImportLine(jobId, line, ImportOutcome.ERROR, field, abbreviate(message), null));
        imports.find(jobId).fail(new ImportJob.Counts(0, 0, 0, 1));
    }

    /** Rows to create grouped by household key in file order; a row without a key is a household alone. */
    private static Collection<List<ImportCheck.Checked>> households(List<ImportCheck.Checked> rows) {
        Map<String, List<ImportCheck.Checked>> groups = new LinkedHashMap<>();
        for (ImportCheck.Checked c : rows) {
            if (c.outcome() == ImportOutcome.CREATED) {
                String key = c.row().householdKey() == null ? "#line " + c.row().line() : "key " + c.row().householdKey();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        return groups.values();
    }

    private long create(ImportCheck.Checked c) {
        ImportRow row = c.row();
        Instant registeredAt = row.registeredOn() == null ? clock.instant()
                : row.registeredOn().atStartOfDay(clock.getZone()).toInstant();
        return attempt(row, () -> persons.registerAsOf(row.details(), registeredAt));
    }

    private static <T> T attempt(ImportRow row, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ProblemException e) {
            throw new RowFailed(row.line(), e.field(), e.getMessage(), e);
        }
    }

    private void report(long jobId, ImportCheck.Checked c, Long personId) {
        ImportRow row = c.row();
        switch (c.outcome()) {
            case CREATED -> {
                if (personId != null) {
                    em.persist(new ImportLine(jobId, row.line(), ImportOutcome.CREATED, null, null, personId));
                }
            }
            case DUPLICATE -> em.persist(new ImportLine(jobId, row.line(), ImportOutcome.DUPLICATE, c.duplicate().field(),
                    c.duplicateMessage(), c.duplicate().known().personId()));
            case ERROR -> row.problems().forEach(p -> em.persist(
                    new ImportLine(jobId, row.line(), ImportOutcome.ERROR, p.field(), abbreviate(p.message()), null)));
        }
    }

    private static String abbreviate(String message) {
        return message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }
}
