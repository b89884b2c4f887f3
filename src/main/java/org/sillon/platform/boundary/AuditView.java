package org.sillon.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.entity.AuditEvent;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.ParisTime;

/**
 * The administrator's reading of the audit trail: a lazy table narrowed by record, actor and days. Opened
 * with {@code ?type=Person&id=123}, it shows one record's history.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** The record pages a line can link to, by subject type. */
    private static final Map<String, String> PAGES = Map.of(
            "Person", "/people/person", "Household", "/people/household", "Organisation", "/people/organisation");

    @Inject
    AuditEvents events;

    private String type;
    private Long id;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private PagedLazyModel<AuditEvent> model;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filters, page) -> {
            try {
                return events.search(new AuditEvents.Filter(type, id, actor, from, to), page);
            } catch (org.sillon.platform.control.ProblemException refused) {
                // filters the form let through but the search refuses: an empty table, not an error page
                return new org.sillon.platform.control.Page<>(List.of(), page.page(), page.size(), 0);
            }
        }, AuditEvents.SORTS.keySet(), "occurredAt,desc", AuditEvent::id);
    }

    /** Applies the filters; a period ending before it starts is refused beside its end, and dropped. */
    public void filter() {
        if (from != null && to != null && to.isBefore(from)) {
            Faces.show(org.sillon.platform.control.ProblemException.invalid("to", Message.of("audit.toBeforeFrom")), "audit");
            to = null;
        }
    }

    public String when(AuditEvent e) {
        return WHEN.format(e.occurredAt().atZone(ParisTime.ZONE));
    }

    /** Who did it, and with which API token if it was one: "admin (jeton n°53 « Script de synchro »)". */
    public String actor(AuditEvent e) {
        return e.tokenId() == null ? e.actor() : Faces.text("audit.viaToken", e.actor(), e.tokenId(), e.tokenName());
    }

    /** The subject type or action in the reader's language; a type another component adds shows as is. */
    public String label(String prefix, String value) {
        String key = prefix + value;
        String text = Faces.text(key);
        return text.equals(key) ? value : text;
    }

    /** The record's page, for the types that have one; null otherwise. */
    public String page(AuditEvent e) {
        return PAGES.get(e.subjectType());
    }

    /** Each change as "field : before → after"; a missing value shows as a dash. */
    public List<String> changes(AuditEvent e) {
        return AuditTrail.changesOf(e).entrySet().stream()
                .map(c -> c.getKey() + " : " + shown(c.getValue().from()) + " → " + shown(c.getValue().to()))
                .toList();
    }

    private static String shown(String value) {
        return value == null ? "—" : value;
    }

    public PagedLazyModel<AuditEvent> getModel() {
        return model;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null || type.isBlank() ? null : type.strip();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor == null || actor.isBlank() ? null : actor.strip();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
