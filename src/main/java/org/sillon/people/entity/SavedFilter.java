package org.sillon.people.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.people.boundary.RegistryList;
import org.sillon.platform.entity.Message;

/**
 * A search of a registry list kept under a name by one staff member: the search words, the column filters
 * and the sort. Shared filters are offered to every staff member; only the owner (or an administrator)
 * deletes one. A saved filter is never edited: it is saved again under another name.
 */
@Entity
@Table(name = "saved_filter")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class SavedFilter {

    private static final int MAX_NAME = 100;
    private static final int MAX_FILTERS = 20;
    private static final int MAX_VALUE = 200;

    /** What a list was narrowed to; every part is optional. Filters are column name to the text typed. */
    public record Criteria(String q, Map<String, String> filters, String sort) {

        public Criteria {
            filters = filters == null ? Map.of() : Map.copyOf(new TreeMap<>(filters));
        }
    }

    @Id
    @SequenceGenerator(name = "saved_filter_seq", sequenceName = "saved_filter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_filter_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RegistryList list;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String criteria;

    @Column(nullable = false, updatable = false)
    private boolean shared;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    protected SavedFilter() {
        // for JPA
    }

    public SavedFilter(String owner, RegistryList list, String name, Criteria criteria, boolean shared, Instant now) {
        if (list == null) {
            throw new InvalidValue("list", Message.of("required"));
        }
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new InvalidValue("name", Message.of("name.length", MAX_NAME));
        }
        this.owner = owner;
        this.list = list;
        this.name = n;
        this.criteria = json(criteria == null ? new Criteria(null, null, null) : criteria);
        this.shared = shared;
        this.createdAt = now;
    }

    private static String json(Criteria c) {
        if (c.filters().size() > MAX_FILTERS) {
            throw new InvalidValue("criteria.filters", Message.of("savedFilter.maxColumns", MAX_FILTERS));
        }
        JsonObjectBuilder filters = Json.createObjectBuilder();
        c.filters().forEach((column, value) -> {
            if (value != null && value.length() > MAX_VALUE) {
                throw new InvalidValue("criteria.filters", Message.of("savedFilter.maxValue", MAX_VALUE));
            }
            if (value != null && !value.isBlank()) {
                filters.add(column, value.strip());
            }
        });
        JsonObjectBuilder o = Json.createObjectBuilder();
        if (c.q() != null && !c.q().isBlank()) {
            if (c.q().length() > MAX_VALUE) {
                throw new InvalidValue("criteria.q", Message.of("max.length", MAX_VALUE));
            }
            o.add("q", c.q().strip());
        }
        o.add("filters", filters);
        if (c.sort() != null && !c.sort().isBlank()) {
            o.add("sort", c.sort().strip());
        }
        return o.build().toString();
    }

    public Criteria criteria() {
        JsonObject o = Json.createReader(new StringReader(criteria)).readObject();
        Map<String, String> filters = new TreeMap<>();
        o.getJsonObject("filters").forEach((column, value) -> filters.put(column, ((JsonString) value).getString()));
        return new Criteria(text(o.get("q")), filters, text(o.get("sort")));
    }

    private static String text(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : null;
    }

    /** The saved filter's fields as the audit trail records them. */
    public Map<String, Object> auditState() {
        Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("owner", owner);
        s.put("list", list);
        s.put("name", name);
        s.put("criteria", criteria);
        s.put("shared", shared);
        return s;
    }

    /** Whether the caller may delete it: its owner, or an administrator. */
    public boolean deletableBy(Caller caller) {
        return caller.isAdmin() || caller.is(owner);
    }

    public Long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public RegistryList list() {
        return list;
    }

    public String name() {
        return name;
    }

    public boolean shared() {
        return shared;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
