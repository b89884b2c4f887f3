package org.sillon.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sillon.exchange.control.ImportCheck;
import org.sillon.exchange.control.ImportCheckpoint;
import org.sillon.exchange.control.ImportPlan;
import org.sillon.exchange.control.ImportRow;
import org.sillon.exchange.control.ImportedStatus;
import org.sillon.exchange.entity.ImportJob;
import org.sillon.exchange.entity.ImportLine;
import org.sillon.exchange.entity.ImportOutcome;
import org.sillon.people.boundary.HouseholdStatus;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.Persons;
import org.sillon.people.boundary.PersonProfile;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.Job;
import org.sillon.platform.control.JobHandler;
import org.sillon.platform.control.JobRun;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/**
 * Runs imports as background jobs, all or nothing. The first chunk checks every row against the registry and
 * the earlier rows: if any is invalid, nothing is created and the import fails with its report; otherwise it
 * records the duplicates, which fixes the plan. Then each chunk creates about {@value #CHUNK_ROWS} persons in
 * whole households, with the status {@link ImportedStatus} gives them, through {@link Households#arrive} so that
 * each is checked and audited as a form's would be, in batched statements, and commits with its report
 * lines and checkpoint; a run resumed after a crash goes on after the last committed chunk. If a chunk is
 * refused, {@link RefusedRow} finds the row it was refused for, the run is given up: its undo chunks delete,
 * through the same facades, the households and persons the earlier chunks created, and the import fails with the
 * refused line.
 */
@ApplicationScoped
public class ImportRunner implements JobHandler {

    /** The kind of the background jobs that run imports. */
    public static final String KIND = "import";

    /** Persons created per chunk (whole households): a chunk commits in about a second. */
    static final int CHUNK_ROWS = 200;

    /** A row the registry refused while being created: names the line for the report. */
    static final class RowFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final int line;
        final String field;
        final transient Message text;

        RowFailed(int line, String field, Message text, Throwable cause) {
            super("line " + line + ": " + text, cause);
            this.line = line;
            this.field = field;
            this.text = text;
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
    RefusedRow refusedRow;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobRun open(Job job) {
        return new Run(job.subjectId(), Caller.system(job.actor()));
    }

    /** A run of one import on this server; keeps its plan between chunks, rebuilt from the file after a claim. */
    final class Run implements JobRun {

        private final long jobId;
        /** Whoever started the import: what it creates is in their name, as the audit trail has it. */
        private final Caller by;
        private ImportPlan plan;
        private int duplicates;
        /** The status the mapping chose for every household (empty: by their join dates), read once. */
        private Optional<HouseholdStatus> householdStatus;

        Run(long jobId, Caller by) {
            this.jobId = jobId;
            this.by = by;
        }

        @Override
        public Chunk next(String checkpoint) {
            ImportCheckpoint at = ImportCheckpoint.parse(checkpoint);
            return switch (at.phase()) {
                case CHECK -> check();
                case CREATE -> create(at.households());
                case UNDO -> undo();
            };
        }

        /** Checks every row; records the duplicates (or, with errors, the whole report and the failure). */
        private Chunk check() {
            ImportJob job = imports.find(jobId);
            List<ImportCheck.Checked> rows = imports.check(job, imports.file(job), Integer.MAX_VALUE);
            int errors = (int) rows.stream().filter(c -> c.outcome() == ImportOutcome.ERROR).count();
            duplicates = (int) rows.stream().filter(c -> c.outcome() == ImportOutcome.DUPLICATE).count();
            for (ImportCheck.Checked c : rows) {
                if (c.outcome() == ImportOutcome.DUPLICATE || errors > 0) {
                    report(c);
                }
            }
            if (errors > 0) {
                job.fail(new ImportJob.Counts(0, 0, duplicates, errors));
                return Chunk.last(job.total());
            }
            plan = ImportPlan.of(rows.stream().filter(c -> c.outcome() == ImportOutcome.CREATED)
                    .map(ImportCheck.Checked::row).toList());
            if (plan.households().isEmpty()) {
                job.succeed(new ImportJob.Counts(0, 0, duplicates, 0));
                return Chunk.last(job.total());
            }
            return Chunk.next(ImportCheckpoint.created(0).text(), 0);
        }

        /**
         * Creates the households that follow the first {@code done} in batched statements (see {@link Households#arrive}),
         * with their report lines.
         */
        private Chunk create(int done) {
            ImportPlan plan = plan();
            List<List<ImportRow>> chunk = plan.chunk(done, CHUNK_ROWS);
            List<Households.Arrived> arrived = households.arrive(chunk.stream().map(this::arrival).toList(), by);
            for (int i = 0; i < chunk.size(); i++) {
                List<ImportRow> group = chunk.get(i);
                Households.Arrived household = arrived.get(i);
                for (int j = 0; j < group.size(); j++) {
                    em.persist(ImportLine.created(jobId, group.get(j).line(), household.memberIds().get(j),
                            household.householdId()));
                }
            }
            int now = done + chunk.size();
            int processed = plan.personsIn(now);
            if (now == plan.households().size()) {
                imports.find(jobId).succeed(new ImportJob.Counts(plan.persons(), now, duplicates, 0));
                return Chunk.last(processed);
            }
            // native: progress is not an edit, and leaves the job's version (its ETag) alone
            em.createNativeQuery("update import_job set processed = ?1 where id = ?2")
                    .setParameter(1, processed).setParameter(2, jobId).executeUpdate();
            return Chunk.next(ImportCheckpoint.created(now).text(), processed);
        }

        /**
         * Deletes the households and persons of the next created lines, and the lines; once none is left, the
         * import fails with the error line {@link #fail} wrote.
         */
        private Chunk undo() {
            List<ImportLine> lines = em.createQuery("select l from ImportLine l where l.jobId = :job"
                    + " and l.outcome = :created order by l.id", ImportLine.class)
                    .setParameter("job", jobId).setParameter("created", ImportOutcome.CREATED)
                    .setMaxResults(CHUNK_ROWS).getResultList();
            if (lines.isEmpty()) {
                em.createQuery("delete from ImportLine l where l.jobId = :job and l.outcome = :duplicate")
                        .setParameter("job", jobId).setParameter("duplicate", ImportOutcome.DUPLICATE).executeUpdate();
                imports.find(jobId).fail(new ImportJob.Counts(0, 0, 0, 1));
                return Chunk.last(0);
            }
            Set<Long> householdIds = new LinkedHashSet<>();
            Set<Long> personIds = new LinkedHashSet<>();
            Set<Long> lineIds = new HashSet<>();
            for (ImportLine l : lines) {
                lineIds.add(l.id());
                if (l.householdId() != null) {
                    householdIds.add(l.householdId());
                }
                if (l.personId() != null) {
                    personIds.add(l.personId());
                }
            }
            em.createQuery("delete from ImportLine l where l.id in :ids").setParameter("ids", lineIds).executeUpdate();
            householdIds.forEach(households::delete); // its members stay, in no household
            personIds.forEach(persons::delete);
            return Chunk.next(ImportCheckpoint.UNDOING.text(), 0);
        }

        @Override
        public String fail(String checkpoint, RuntimeException cause) {
            ImportCheckpoint at = ImportCheckpoint.parse(checkpoint);
            RowFailed row = cause instanceof RowFailed r ? r
                    : at.phase() == ImportCheckpoint.Phase.CREATE
                            ? refusedRow.in(plan().chunk(at.households(), CHUNK_ROWS), this::status, by).orElse(null)
                            : null;
            em.persist(new ImportLine(jobId, row == null ? 0 : row.line, ImportOutcome.ERROR, row == null ? null : row.field,
                    reason(row == null ? cause : row), null));
            if (at.phase() == ImportCheckpoint.Phase.CHECK) {
                imports.find(jobId).fail(new ImportJob.Counts(0, 0, 0, 1)); // nothing was created
                return null;
            }
            return ImportCheckpoint.UNDOING.text();
        }

        @Override
        public void abandon(String checkpoint, RuntimeException cause) {
            List<Object[]> left = em.createQuery("select count(l), count(distinct l.householdId) from ImportLine l"
                    + " where l.jobId = :job and l.outcome = :created", Object[].class)
                    .setParameter("job", jobId).setParameter("created", ImportOutcome.CREATED).getResultList();
            int persons = ((Number) left.get(0)[0]).intValue();
            int households = ((Number) left.get(0)[1]).intValue();
            em.persist(new ImportLine(jobId, 0, ImportOutcome.ERROR, null,
                    Message.of("import.undoFailed", reason(cause), persons), null));
            imports.find(jobId).fail(new ImportJob.Counts(persons, households, 0, 2));
        }

        /** The plan: kept from the check, or rebuilt from the file and the duplicates it recorded. */
        private ImportPlan plan() {
            if (plan == null) {
                Set<Integer> skipped = new HashSet<>(em.createQuery("select l.lineNo from ImportLine l where l.jobId = :job"
                        + " and l.outcome = :duplicate", Integer.class)
                        .setParameter("job", jobId).setParameter("duplicate", ImportOutcome.DUPLICATE).getResultList());
                duplicates = skipped.size();
                ImportJob job = imports.find(jobId);
                plan = ImportPlan.of(imports.rows(job, imports.file(job)).stream()
                        .filter(r -> r.valid() && !skipped.contains(r.line())).toList());
            }
            return plan;
        }

        private Households.Arrival arrival(List<ImportRow> household) {
            ImportedStatus status = status(household);
            return new Households.Arrival(household.stream()
                    .map(r -> new Persons.Newcomer(r.details(), PersonProfile.NONE, registeredAt(r, clock))).toList(),
                    status.status(), status.since(), null);
        }

        private ImportedStatus status(List<ImportRow> household) {
            if (householdStatus == null) {
                householdStatus = Optional.ofNullable(imports.find(jobId).householdStatus());
            }
            return ImportedStatus.of(household, householdStatus.orElse(null));
        }

        private void report(ImportCheck.Checked c) {
            ImportRow row = c.row();
            switch (c.outcome()) {
                case CREATED -> {
                    // created lines are written with their person
                }
                case DUPLICATE -> em.persist(new ImportLine(jobId, row.line(), ImportOutcome.DUPLICATE,
                        c.duplicate().field(), c.duplicateMessage(), c.duplicate().known().personId()));
                case ERROR -> row.problems().forEach(p -> em.persist(
                        new ImportLine(jobId, row.line(), ImportOutcome.ERROR, p.field(), p.message(), null)));
            }
        }
    }

    /** When a row's person was registered: the day the file gives, at its start, or now. */
    static Instant registeredAt(ImportRow row, Clock clock) {
        return row.registeredOn() == null ? clock.instant() : row.registeredOn().atStartOfDay(clock.getZone()).toInstant();
    }

    /**
     * What the report says of a failure: a rule's message, or the first line of the database's own as it is
     * (the JPA exception's text carries the statement and its values, personal data the report does not need).
     */
    static Message reason(Throwable failure) {
        if (failure instanceof RowFailed row) {
            return row.text;
        }
        if (failure instanceof ProblemException refused) {
            return refused.detail();
        }
        Throwable root = failure;
        for (int i = 0; i < 20 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return Message.of("verbatim", abbreviate(message.lines().findFirst().orElse(message).strip()));
    }

    private static String abbreviate(String message) {
        return message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }
}
