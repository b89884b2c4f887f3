package org.sillon.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.exchange.control.ColumnGuess;
import org.sillon.exchange.control.DuplicateIndex;
import org.sillon.exchange.control.FileTooLarge;
import org.sillon.exchange.control.ImportCheck;
import org.sillon.exchange.control.ImportLimits;
import org.sillon.exchange.control.ImportRow;
import org.sillon.exchange.control.MalformedFile;
import org.sillon.exchange.control.MemberFile;
import org.sillon.exchange.control.MemberFileReader;
import org.sillon.exchange.entity.ImportJob;
import org.sillon.exchange.entity.ImportLine;
import org.sillon.exchange.entity.ImportOutcome;
import org.sillon.exchange.entity.ImportStatus;
import org.sillon.exchange.entity.ImportTarget;
import org.sillon.exchange.control.RowValidator;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.BackgroundJobs;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.people.boundary.HouseholdDeleting;
import org.sillon.people.boundary.HouseholdStatus;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.PersonKeys;
import org.sillon.people.boundary.PersonalDataSource;
import org.sillon.people.boundary.Persons;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.platform.entity.Message;

/**
 * Imports of member lists: upload, mapping and preview, then a run as a background job (see
 * {@link ImportRunner}) that creates every household and person of the file or none.
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "import_line")
public class Imports implements PersonalDataSource {

    /** How many rows a preview shows. */
    public static final int PREVIEW_ROWS = 20;

    /** The problem type of a file past a size limit (413). */
    static final String TOO_LARGE = "import-too-large";

    public static final Map<String, String> SORTS = Map.of("uploadedAt", "j.uploadedAt", "fileName", "lower(j.fileName)");
    public static final Map<String, String> LINE_SORTS = Map.of("lineNo", "l.lineNo");

    /** A job with the first rows of its file checked under its mapping (none once the file is gone). */
    public record Analysis(ImportJob job, List<ImportCheck.Checked> preview) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BackgroundJobs jobs;

    @Inject
    Persons persons;

    @Inject
    @ConfigProperty(name = "sillon.imports.max-bytes", defaultValue = "10485760")
    int maxBytes;

    @Inject
    Config config;

    /** Reads the uploaded file (refusing it past the size limits), guesses its mapping and stores it. */
    public Analysis upload(String fileName, InputStream content, Caller by) {
        String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        byte[] bytes = limited(name, content);
        MemberFile file = read(name, bytes);
        List<ImportTarget> guessed = ColumnGuess.guess(file.headers());
        List<ImportJob.Column> columns = new ArrayList<>();
        for (int i = 0; i < file.headers().size(); i++) {
            columns.add(new ImportJob.Column(file.headers().get(i), guessed.get(i)));
        }
        ImportJob job = new ImportJob(name, file.format(), file.encoding(), file.separator(), bytes, columns,
                file.rows().size(), by.username(), clock.instant());
        em.persist(job);
        em.flush();
        return new Analysis(job, check(job, file, PREVIEW_ROWS));
    }

    /**
     * Sets the mapping, one target key per column (null or blank to ignore it), and the status of the households
     * to create (null: by their join date, see {@link ImportJob#householdStatus()}), if still at the version read.
     */
    public Analysis remap(long id, long expectedVersion, List<String> targetKeys, HouseholdStatus householdStatus) {
        ImportJob job = find(id);
        Versions.check(expectedVersion, job.version());
        List<ImportTarget> targets = new ArrayList<>();
        for (String key : targetKeys == null ? List.<String>of() : targetKeys) {
            targets.add(key == null || key.isBlank() ? null : ImportTarget.ofKey(key).orElseThrow(
                    () -> ProblemException.invalid("targets", Message.of("import.unknownTarget", key))));
        }
        try {
            ProblemException.onField("targets", () -> job.remap(targets, householdStatus));
        } catch (IllegalStateException e) {
            throw alreadyRun(job);
        }
        Versions.flush(em);
        return new Analysis(job, check(job, file(job), PREVIEW_ROWS));
    }

    /**
     * Starts the run, once: a background job (see {@link ImportRunner}) submitted in this transaction, which a
     * server claims once it commits and runs under the caller's name.
     */
    public ImportJob start(long id, long expectedVersion, Caller by) {
        ImportJob job = find(id);
        Versions.check(expectedVersion, job.version());
        try {
            job.start();
        } catch (IllegalStateException e) {
            throw alreadyRun(job);
        }
        Versions.flush(em);
        jobs.submit(ImportRunner.KIND, job.id(), by.username(), job.total());
        return job;
    }

    public Analysis preview(long id) {
        ImportJob job = find(id);
        byte[] content = job.content();
        return new Analysis(job, content == null ? List.of() : check(job, file(job), PREVIEW_ROWS));
    }

    public ImportJob find(long id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null) {
            throw ProblemException.notFound(Message.of("notFound.import", id));
        }
        return job;
    }

    public Page<ImportJob> list(PageRequest page) {
        return PagedQuery.of(em, ImportJob.class, "j", "ImportJob j").fetch(page, SORTS);
    }

    public Page<ImportLine> lines(long jobId, ImportOutcome outcome, PageRequest page) {
        find(jobId);
        return PagedQuery.of(em, ImportLine.class, "l", "ImportLine l")
                .where("l.jobId = :job", "job", jobId)
                .where("l.outcome = :outcome", "outcome", outcome)
                .fetch(page, LINE_SORTS);
    }

    /**
     * The job's file, read again under today's limits: a file stored before they existed or were lowered is
     * refused rather than read whole.
     */
    public MemberFile file(ImportJob job) {
        return read(job.fileName(), job.content());
    }

    /** Every row of the job's file checked against the registry and the earlier rows. */
    public List<ImportCheck.Checked> check(ImportJob job, MemberFile file, int limit) {
        List<ImportTarget> targets = job.columns().stream().map(ImportJob.Column::target).toList();
        return ImportCheck.check(file, targets, LocalDate.now(clock), registry(), limit);
    }

    /**
     * Every row of the job's file read under its mapping, not compared with anything: what a resumed run
     * rebuilds its plan from, the duplicates having been recorded by the check.
     */
    public List<ImportRow> rows(ImportJob job, MemberFile file) {
        RowValidator validator = new RowValidator(job.columns().stream().map(ImportJob.Column::target).toList(),
                LocalDate.now(clock));
        return file.rows().stream().map(validator::validate).toList();
    }

    /** The registry's persons by the duplicate keys; one query, so that 20,000 rows are checked in memory. */
    private DuplicateIndex registry() {
        DuplicateIndex index = new DuplicateIndex();
        for (PersonKeys p : persons.keys()) {
            index.add(p.email(), ImportRow.nameAddressKey(p.firstName(), p.lastName(), p.line1(), p.postalCode()),
                    new DuplicateIndex.Known(p.id(),
                            Message.of("import.duplicateOf", p.firstName() + " " + p.lastName(), p.id())));
        }
        return index;
    }

    /**
     * What an import recorded of a person: the lines that created them or found them already there, with
     * their message in English.
     */
    public record ImportedLine(long importId, String fileName, int line, ImportOutcome outcome, String message) {
    }

    @Override
    public String section() {
        return "imports";
    }

    @Override
    public Object collect(long personId) {
        return em.createQuery("select l, j from ImportLine l, ImportJob j where j.id = l.jobId and l.personId = :p"
                + " order by l.id", Object[].class).setParameter("p", personId).getResultStream()
                .map(r -> {
                    ImportLine l = (ImportLine) r[0];
                    ImportJob j = (ImportJob) r[1];
                    return new ImportedLine(j.id(), j.fileName(), l.lineNo(), l.outcome(),
                            l.message() == null ? null : l.message().text(Locale.ENGLISH));
                }).toList();
    }

    /**
     * Lines that named a merged person now name the survivor. A person created by an import still running is
     * not merged: if the run were given up, its undo would delete the survivor.
     */
    void on(@Observes PersonsMerged e) {
        long running = em.createQuery("select count(l) from ImportLine l, ImportJob j where j.id = l.jobId"
                + " and j.status = :running and l.outcome = :created and l.personId in (:merged, :survivor)", Long.class)
                .setParameter("running", ImportStatus.RUNNING).setParameter("created", ImportOutcome.CREATED)
                .setParameter("merged", e.mergedId()).setParameter("survivor", e.survivorId()).getSingleResult();
        if (running > 0) {
            throw ProblemException.conflict("import-running", "body", Message.of("import.mergeRunning"));
        }
        em.createQuery("update ImportLine l set l.personId = :survivor where l.personId = :merged")
                .setParameter("survivor", e.survivorId()).setParameter("merged", e.mergedId()).executeUpdate();
    }

    /** A duplicate line's message names the person it duplicated: forgotten with them. */
    void on(@Observes PersonErased e) {
        em.createQuery("update ImportLine l set l.message = null where l.personId = :person and l.outcome = :dup")
                .setParameter("person", e.personId()).setParameter("dup", ImportOutcome.DUPLICATE).executeUpdate();
    }

    /** The report keeps its lines; a line that named a deleted person names no one. */
    void on(@Observes PersonDeleting e) {
        em.createQuery("update ImportLine l set l.personId = null where l.personId = :person")
                .setParameter("person", e.personId()).executeUpdate();
    }

    /** A line that named the household its person was placed in names none once the household is deleted. */
    void on(@Observes HouseholdDeleting e) {
        em.createQuery("update ImportLine l set l.householdId = null where l.householdId = :household")
                .setParameter("household", e.householdId()).executeUpdate();
    }

    private byte[] limited(String name, InputStream in) {
        try (InputStream content = in) {
            byte[] bytes = content.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw ProblemException.tooLarge(TOO_LARGE, "file", Message.of("import.file", name,
                        Message.of("import.tooLarge", maxBytes, "sillon.imports.max-bytes")));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MemberFile read(String name, byte[] bytes) {
        try {
            return MemberFileReader.read(bytes, ImportLimits.configured(config));
        } catch (FileTooLarge e) {
            throw ProblemException.tooLarge(TOO_LARGE, "file", Message.of("import.file", name, e.reason()));
        } catch (MalformedFile e) {
            throw ProblemException.invalid("file", e.line() > 0
                    ? Message.of("import.fileLine", name, e.line(), e.reason()) : Message.of("import.file", name, e.reason()));
        }
    }

    private static ProblemException alreadyRun(ImportJob job) {
        return ProblemException.conflict("import-already-run", "status", Message.of("import.alreadyRun", job.status()));
    }
}
