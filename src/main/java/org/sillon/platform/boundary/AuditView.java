package org.sillon.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.entity.AuditEvent;
import org.sillon.platform.entity.Message;

/**
 * The administrator's reading of the audit trail: a lazy table narrowed by record, actor and days. Opened
 * with {@code ?type=Person&id=123}, it shows one record's history. It shows the trail in words, leaving it
 * stored as written: fields by their labels on the pages, records by the names their components give them
 * ({@link AuditSubjects}), days and times as everywhere else.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A value written as a code of an enumeration ("MRS", "WORD_OF_MOUTH"), which the pages put in words. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z_]*");

    /**
     * Where the pages name the fields of each subject type: a change to a person's "firstName" is labelled
     * as the person form labels it, "person.firstName". Fields no form shows have an "audit.field." key.
     */
    private static final Map<String, String> FORMS = Map.of("Person", "person", "Household", "household",
            "Organisation", "organisation", "Account", "account", "ApiToken", "token", "Task", "task",
            "Interaction", "interaction", "PersonNote", "note", "ConsentRecord", "consent",
            "SolidarityEligibility", "solidarity");

    @Inject
    AuditEvents events;

    @Inject
    Instance<AuditSubjects> namers;

    private String type;
    private Long id;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private PagedLazyModel<AuditEvent> model;
    /** The records of the page shown that still exist, by subject type and id, read with the page. */
    private transient Map<String, Map<Long, AuditSubjects.Subject>> subjects;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filters, page) -> {
            try {
                org.sillon.platform.control.Page<AuditEvent> found = events.search(
                        new AuditEvents.Filter(type, id, actor, from, to), page);
                subjects = subjectsOf(found.items());
                return found;
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
        return Moments.dateTime(e.occurredAt(), locale());
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

    /** The kinds of record the trail names, for its filter: those the pages name, and merges, dismissals, filters. */
    public List<String> getTypes() {
        java.util.Set<String> types = new java.util.TreeSet<>(FORMS.keySet());
        types.addAll(List.of("PersonMerge", "DuplicateDismissal", "SavedFilter"));
        return List.copyOf(types);
    }

    /**
     * The record in words: named by the component it belongs to while it exists ("Note de Léa Martin (n°15)",
     * "Léa Martin (personne n°12)"), else by its kind and number ("Note n°15").
     */
    public String subject(AuditEvent e) {
        AuditSubjects.Subject named = found(e);
        return named == null ? Faces.text("audit.record", label("audit.type.", e.subjectType()), e.subjectId())
                : Faces.text("audit.named." + e.subjectType(), named.name(), e.subjectId());
    }

    /** The page of the record, or of what it belongs to, while it exists; null otherwise. */
    public String page(AuditEvent e) {
        AuditSubjects.Subject named = found(e);
        return named == null ? null : named.page();
    }

    /** The id the record's page opens with. */
    public Long pageId(AuditEvent e) {
        AuditSubjects.Subject named = found(e);
        return named == null ? null : named.pageId();
    }

    private AuditSubjects.Subject found(AuditEvent e) {
        return subjects == null ? null : subjects.getOrDefault(e.subjectType(), Map.of()).get(e.subjectId());
    }

    /** Asks each component that names records for those of the page, one type at a time. */
    private Map<String, Map<Long, AuditSubjects.Subject>> subjectsOf(List<AuditEvent> page) {
        Map<String, java.util.Set<Long>> ids = page.stream().collect(java.util.stream.Collectors.groupingBy(
                AuditEvent::subjectType, java.util.stream.Collectors.mapping(AuditEvent::subjectId,
                        java.util.stream.Collectors.toSet())));
        Map<String, Map<Long, AuditSubjects.Subject>> found = new java.util.HashMap<>();
        for (AuditSubjects namer : namers) {
            namer.types().stream().filter(ids::containsKey)
                    .forEach(t -> found.put(t, namer.subjects(t, ids.get(t))));
        }
        return found;
    }

    /**
     * Each change as "label : before → after", the field named as the pages name it and days and times
     * written as everywhere else; a missing value shows as a dash. The stored trail keeps the code names.
     */
    public List<String> changes(AuditEvent e) {
        Locale locale = locale();
        return AuditTrail.changesOf(e).entrySet().stream()
                .map(c -> field(e.subjectType(), c.getKey()) + " : "
                        + shown(e.subjectType(), c.getKey(), c.getValue().from(), locale) + " → "
                        + shown(e.subjectType(), c.getKey(), c.getValue().to(), locale))
                .toList();
    }

    /** A field's label: its form's ("person.firstName", "person.household" for householdId), else its own. */
    private static String field(String subjectType, String field) {
        String form = FORMS.get(subjectType);
        String bare = field.replaceFirst("(Id|At)$", "");
        for (String key : new String[] {form + "." + field, form + "." + bare, "audit.field." + field}) {
            String text = Faces.text(key);
            if (!text.equals(key)) {
                return text;
            }
        }
        return field;
    }

    /**
     * A value as the pages write it: a code in the words of its form's menu ("MRS" as "Mme", a household's
     * "ACTIVE" as "Actif", "FR" as "Français"), a moment in the common format, anything else as stored.
     */
    private static String shown(String subjectType, String field, String value, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (CODE.matcher(value).matches()) {
            String form = FORMS.get(subjectType);
            for (String key : new String[] {form + "." + field + "." + value,
                    form + Character.toUpperCase(field.charAt(0)) + field.substring(1) + "." + value,
                    "lang." + value.toLowerCase(Locale.ROOT)}) {
                String text = Faces.text(key);
                if (!text.equals(key)) {
                    return text;
                }
            }
        }
        return Moments.text(value, locale);
    }

    private static Locale locale() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
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
