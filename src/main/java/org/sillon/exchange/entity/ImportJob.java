package org.sillon.exchange.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sillon.people.boundary.HouseholdStatus;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

/**
 * An uploaded member list on its way into the registry: the file, how its columns map to person fields, and
 * once run, its counts. It runs once; the file is blanked when the run ends, as it carries personal data.
 */
@Entity
@Table(name = "import_job")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class ImportJob {

    /** One column of the file: its header and the target it fills, null when ignored. */
    public record Column(String header, ImportTarget target) {
    }

    /** What a run made of the file. */
    public record Counts(int createdPersons, int createdHouseholds, int duplicates, int errors) implements java.io.Serializable {
    }

    @Id
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    private Long id;

    @jakarta.persistence.Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @jakarta.persistence.Column(nullable = false, updatable = false)
    private String format;

    private String encoding;

    private String separator;

    @jakarta.persistence.Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @jakarta.persistence.Column(name = "uploaded_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @jakarta.persistence.Column(nullable = false)
    private ImportStatus status;

    @jakarta.persistence.Column(nullable = false)
    private String mapping;

    /** The status the created households get; null: see {@link #householdStatus()}. */
    @Enumerated(EnumType.STRING)
    @jakarta.persistence.Column(name = "household_status")
    private HouseholdStatus householdStatus;

    private int total;
    private int processed;
    @jakarta.persistence.Column(name = "created_persons")
    private int createdPersons;
    @jakarta.persistence.Column(name = "created_households")
    private int createdHouseholds;
    private int duplicates;
    private int errors;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Version
    private long version;

    protected ImportJob() {
        // for JPA
    }

    public ImportJob(String fileName, String format, String encoding, String separator, byte[] content,
            List<Column> columns, int total, String uploadedBy, Instant now) {
        this.fileName = fileName;
        this.format = format;
        this.encoding = encoding;
        this.separator = separator;
        this.content = content;
        this.total = total;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
        this.status = ImportStatus.UPLOADED;
        this.mapping = json(columns);
    }

    /**
     * Sets what each column fills, one target per column in order (a target may fill one column only), and the
     * status of the households to create (null: by their join date, see {@link #householdStatus()}).
     */
    public void remap(List<ImportTarget> targets, HouseholdStatus householdStatus) {
        if (status != ImportStatus.UPLOADED) {
            throw new IllegalStateException("the import has already run");
        }
        List<Column> columns = columns();
        if (targets == null || targets.size() != columns.size()) {
            throw new InvalidValue("targets", Message.of("import.targetCount", columns.size()));
        }
        List<Column> remapped = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ImportTarget t = targets.get(i);
            if (t != null && targets.indexOf(t) != i) {
                throw new InvalidValue("targets", Message.of("import.targetTwice", t.key()));
            }
            remapped.add(new Column(columns.get(i).header(), t));
        }
        this.mapping = json(remapped);
        this.householdStatus = householdStatus;
    }

    /** Starts the one run of this import. */
    public void start() {
        if (status != ImportStatus.UPLOADED) {
            throw new IllegalStateException("the import has already run (" + status + ")");
        }
        status = ImportStatus.RUNNING;
        processed = 0;
    }

    public void succeed(Counts counts) {
        end(ImportStatus.DONE, counts);
    }

    public void fail(Counts counts) {
        end(ImportStatus.FAILED, counts);
    }

    private void end(ImportStatus outcome, Counts counts) {
        // personal data: the file is not kept once it has served. Cleared first: touching the lazy content
        // of a job read without it makes EclipseLink load the rest of the row, over any change made before.
        content = null;
        status = outcome;
        processed = total;
        createdPersons = counts.createdPersons();
        createdHouseholds = counts.createdHouseholds();
        duplicates = counts.duplicates();
        errors = counts.errors();
    }

    public List<Column> columns() {
        List<Column> result = new ArrayList<>();
        for (JsonValue v : Json.createReader(new StringReader(mapping)).readArray()) {
            JsonObject o = v.asJsonObject();
            String target = o.isNull("target") ? null : o.getString("target");
            result.add(new Column(o.getString("header"), target == null ? null : ImportTarget.ofKey(target).orElse(null)));
        }
        return result;
    }

    private static String json(List<Column> columns) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Column c : columns) {
            var o = Json.createObjectBuilder().add("header", c.header());
            if (c.target() == null) {
                o.addNull("target");
            } else {
                o.add("target", c.target().key());
            }
            a.add(o);
        }
        return a.build().toString();
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String format() {
        return format;
    }

    public String encoding() {
        return encoding;
    }

    public String separator() {
        return separator;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public ImportStatus status() {
        return status;
    }

    /**
     * The status every created household gets, as the mapping chose; null when it chose none: a household
     * becomes active from its earliest join date when the file gives one, and stays a prospect otherwise.
     */
    public HouseholdStatus householdStatus() {
        return householdStatus;
    }

    public int total() {
        return total;
    }

    public int processed() {
        return processed;
    }

    public int createdPersons() {
        return createdPersons;
    }

    public int createdHouseholds() {
        return createdHouseholds;
    }

    public int duplicates() {
        return duplicates;
    }

    public int errors() {
        return errors;
    }

    public byte[] content() {
        return content;
    }

    public long version() {
        return version;
    }
}
