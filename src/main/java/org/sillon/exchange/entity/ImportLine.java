package org.sillon.exchange.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.MessageConverter;

/** One line of an import's report: created (with the person), skipped as a duplicate, or in error. */
@Entity
@Table(name = "import_line")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class ImportLine {

    @Id
    @SequenceGenerator(name = "import_line_seq", sequenceName = "import_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_line_seq")
    private Long id;

    @Column(name = "job_id", nullable = false, updatable = false)
    private long jobId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ImportOutcome outcome;

    private String field;

    /** Kept as its key and arguments, worded in each reader's language. */
    @Convert(converter = MessageConverter.class)
    private Message message;

    @Column(name = "person_id")
    private Long personId;

    /** The household created with the person of a CREATED line. */
    @Column(name = "household_id")
    private Long householdId;

    protected ImportLine() {
        // for JPA
    }

    public ImportLine(long jobId, int lineNo, ImportOutcome outcome, String field, Message message, Long personId) {
        this.jobId = jobId;
        this.lineNo = lineNo;
        this.outcome = outcome;
        this.field = field;
        this.message = message;
        this.personId = personId;
    }

    /** A line that created a person and the household they were placed in. */
    public static ImportLine created(long jobId, int lineNo, long personId, long householdId) {
        ImportLine line = new ImportLine(jobId, lineNo, ImportOutcome.CREATED, null, null, personId);
        line.householdId = householdId;
        return line;
    }

    /** The person was merged into another or erased: the line follows, or forgets them. */
    public void repointTo(Long survivorId) {
        this.personId = survivorId;
    }

    public Long id() {
        return id;
    }

    public long jobId() {
        return jobId;
    }

    public int lineNo() {
        return lineNo;
    }

    public ImportOutcome outcome() {
        return outcome;
    }

    public String field() {
        return field;
    }

    public Message message() {
        return message;
    }

    public Long personId() {
        return personId;
    }

    public Long householdId() {
        return householdId;
    }
}
