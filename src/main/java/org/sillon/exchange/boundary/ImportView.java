package org.sillon.exchange.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.sillon.exchange.control.ImportCheck;
import org.sillon.exchange.entity.ImportJob;
import org.sillon.exchange.entity.ImportLine;
import org.sillon.exchange.entity.ImportOutcome;
import org.sillon.exchange.entity.ImportStatus;
import org.sillon.exchange.entity.ImportTarget;
import org.sillon.people.boundary.HouseholdStatus;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.entity.Message;

/** The import page: upload a file, fix the mapping against the preview, run it and read its report. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int REPORT_LINES = PageRequest.MAX_SIZE;

    /** A column of the file and the target key the select shows ("" when ignored). */
    public static final class Column implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String header;
        private String target;

        Column(String header, String target) {
            this.header = header;
            this.target = target;
        }

        public String getHeader() {
            return header;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }
    }

    /** A previewed row: its cells in column order, its outcome, what is wrong or whom it duplicates. */
    public record PreviewRow(int line, List<String> cells, ImportOutcome outcome, String remark) implements Serializable {
    }

    /** A line of the report as the page shows it. */
    public record ReportLine(int line, ImportOutcome outcome, String field, String message) implements Serializable {
    }

    @Inject
    Imports imports;

    @Inject
    UserSession user;

    private Long jobId;
    private long version;
    private String fileName;
    private ImportStatus status;
    private int total;
    private int processed;
    private ImportJob.Counts counts;
    private List<Column> columns = List.of();
    /** The status of the households to create, "" to go by their join dates. */
    private String householdStatus = "";
    private List<PreviewRow> preview = List.of();
    private List<ReportLine> report = List.of();

    public void upload(FileUploadEvent event) {
        Faces.attempt(user.isPeopleEditor(), "import", () -> {
            try {
                show(imports.upload(event.getFile().getFileName(), event.getFile().getInputStream(), user.caller()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }, null);
    }

    public void remap() {
        List<String> targets = columns.stream().map(Column::getTarget).toList();
        HouseholdStatus status = householdStatus.isEmpty() ? null : HouseholdStatus.valueOf(householdStatus);
        Faces.attempt(user.isPeopleEditor(), "import", () -> {
            show(imports.remap(jobId, version, targets, status));
            return null;
        }, () -> show(imports.preview(jobId)));
    }

    public void run() {
        Faces.attempt(user.isPeopleEditor(), "import", () -> {
            ImportJob job = imports.start(jobId, version, user.caller());
            status = job.status();
            version = job.version();
            return null;
        }, () -> show(imports.preview(jobId)));
    }

    /** Polled while the import runs; once it has ended, loads the report. */
    public void refresh() {
        ImportJob job = imports.find(jobId);
        status = job.status();
        processed = job.processed();
        if (isFinished()) {
            counts = new ImportJob.Counts(job.createdPersons(), job.createdHouseholds(), job.duplicates(), job.errors());
            Locale locale = user.getLocale();
            report = new ArrayList<>();
            for (ImportOutcome outcome : List.of(ImportOutcome.ERROR, ImportOutcome.DUPLICATE)) {
                for (ImportLine l : imports.lines(jobId, outcome, new PageRequest(0, REPORT_LINES, "lineNo", false)).items()) {
                    report.add(new ReportLine(l.lineNo(), l.outcome(),
                            l.field() == null ? null : label(l.field()),
                            l.message() == null ? null : l.message().text(locale)));
                }
            }
        }
    }

    private void show(Imports.Analysis analysis) {
        ImportJob job = analysis.job();
        jobId = job.id();
        version = job.version();
        fileName = job.fileName();
        status = job.status();
        total = job.total();
        householdStatus = job.householdStatus() == null ? "" : job.householdStatus().name();
        columns = job.columns().stream()
                .map(c -> new Column(c.header(), c.target() == null ? "" : c.target().key())).toList();
        Locale locale = user.getLocale();
        preview = analysis.preview().stream().map(c -> new PreviewRow(c.row().line(),
                job.columns().stream().map(col -> col.target() == null ? "" : c.row().values().getOrDefault(col.target().key(), ""))
                        .toList(), c.outcome(), remark(c, locale))).toList();
    }

    /** A field as the page names it: the label of the column target that fills it ("Courriel", not "email"). */
    private static String label(String field) {
        return ImportTarget.ofField(field).map(t -> Faces.text("import.target." + t.key())).orElse(field);
    }

    private static String remark(ImportCheck.Checked c, Locale locale) {
        if (c.duplicate() != null) {
            return c.duplicateMessage().text(locale);
        }
        return Message.of("verbatim", c.row().problems().stream()
                .map(p -> Message.of("problem.onField", label(p.field()), p.message())).toList())
                .text(locale);
    }

    public List<String> getTargets() {
        return Arrays.stream(ImportTarget.values()).map(ImportTarget::key).toList();
    }

    public List<String> getHouseholdStatuses() {
        return Arrays.stream(HouseholdStatus.values()).map(Enum::name).toList();
    }

    public String getHouseholdStatus() {
        return householdStatus;
    }

    public void setHouseholdStatus(String householdStatus) {
        this.householdStatus = householdStatus == null ? "" : householdStatus;
    }

    public boolean isUploaded() {
        return jobId != null;
    }

    public boolean isRunning() {
        return status == ImportStatus.RUNNING;
    }

    public boolean isFinished() {
        return status == ImportStatus.DONE || status == ImportStatus.FAILED;
    }

    public int getPercent() {
        return total == 0 ? 0 : processed * 100 / total;
    }

    public Long getJobId() {
        return jobId;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public int getTotal() {
        return total;
    }

    public ImportJob.Counts getCounts() {
        return counts;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<PreviewRow> getPreview() {
        return preview;
    }

    public List<ReportLine> getReport() {
        return report;
    }
}
