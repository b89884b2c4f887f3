package org.sillon.people.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.SortOrder;
import org.sillon.people.entity.SavedFilter;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.PagedLazyModel;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.ProblemException;

/**
 * What every registry list page offers above its table: the search words, saving the current search
 * (words, column filters, sort) under a name, applying a saved one, and exporting the list as shown.
 * Each list view holds one and tells it which list and table it serves.
 */
@Dependent
public class ListTools implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SavedFilters savedFilters;

    @Inject
    UserSession user;

    private RegistryList list;
    private String formId;
    private PagedLazyModel<?> model;
    private String q;
    private Map<String, String> requestedFilters = Map.of();
    private String name;
    private boolean shared;

    /** Binds the tools to a list, the form holding its table (id "table"), and the table's model. */
    public void serve(RegistryList list, String formId, PagedLazyModel<?> model) {
        this.list = list;
        this.formId = formId;
        this.model = model;
    }

    /**
     * The saved searches the panel lists, read once a request: rendering the panel asks for them several times
     * (its repeat, row by row, and its "none" line), and each read is a transaction of its own.
     */
    @SuppressWarnings("unchecked")
    public List<SavedFilter> getSavedFilters() {
        return (List<SavedFilter>) FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(savedFiltersKey(), k -> savedFilters.visibleTo(user.caller(), list));
    }

    /** Where this request keeps the list's saved searches; a save or a deletion drops them, to be read again. */
    private String savedFiltersKey() {
        return ListTools.class.getName() + "." + list;
    }

    public boolean deletable(SavedFilter f) {
        return f.deletableBy(user.caller());
    }

    /** Saves the search as the table shows it now, under the name typed. */
    public void save() {
        try {
            savedFilters.save(user.caller(), list, name, current(), shared);
            FacesContext.getCurrentInstance().getAttributes().remove(savedFiltersKey());
            Faces.info("savedFilter.saved", name.strip());
            name = null;
            shared = false;
        } catch (ProblemException e) {
            Faces.show(e, formId);
        }
    }

    /** Puts back the saved search words, column filters and sort, and shows the first page. */
    public void apply(SavedFilter f) {
        SavedFilter.Criteria c = f.criteria();
        q = c.q();
        String sort = c.sort() == null ? "" : c.sort();
        String field = sort.split(",")[0];
        boolean desc = sort.endsWith(",desc");
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot()
                .findComponent(":" + formId + ":table");
        table.getFilterByAsMap().values().forEach(m -> m.setFilterValue(c.filters().get(m.getField())));
        table.getSortByAsMap().values().forEach(m -> m.setOrder(!field.equals(m.getField()) ? SortOrder.UNSORTED
                : desc ? SortOrder.DESCENDING : SortOrder.ASCENDING));
        table.setFirst(0);
    }

    public void delete(SavedFilter f) {
        try {
            savedFilters.delete(f.id(), user.caller());
            FacesContext.getCurrentInstance().getAttributes().remove(savedFiltersKey());
        } catch (ProblemException e) {
            Faces.show(e, formId);
        }
    }

    /** Sends the browser to the export of the list as shown: same words, column filters and sort. */
    public void export(String format) throws IOException {
        SavedFilter.Criteria c = current();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("format", format);
        params.put("q", c.q());
        params.putAll(c.filters());
        params.put("sort", c.sort());
        StringBuilder url = new StringBuilder("/api/v1/exports/" + list.name().toLowerCase(java.util.Locale.ROOT));
        char separator = '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getValue() != null && !p.getValue().isBlank()) {
                url.append(separator).append(p.getKey()).append('=')
                        .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + url);
    }

    private SavedFilter.Criteria current() {
        return new SavedFilter.Criteria(q, model.lastFilters(), model.lastSort());
    }

    /**
     * The column filters as the table applies them, for the page's address ("city=Quimper&amp;tags=bio"), so
     * that the language switch and a link keep them; those the address asked for until the table has them.
     */
    public String getFilters() {
        Map<String, String> shown = !requestedFilters.isEmpty() || model == null ? requestedFilters
                : model.lastFilters();
        StringBuilder encoded = new StringBuilder();
        new java.util.TreeMap<>(shown).forEach((field, value) -> encoded.append(encoded.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(field, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return encoded.isEmpty() ? null : encoded.toString();
    }

    public void setFilters(String encoded) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    filters.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        requestedFilters = filters;
    }

    /** When the page opens, puts the filters its address names into the table's columns (unknown ones are ignored). */
    public void restoreFilters() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || requestedFilters.isEmpty()) {
            return;
        }
        DataTable table = (DataTable) faces.getViewRoot().findComponent(":" + formId + ":table");
        table.getFilterByAsMap().values().forEach(m -> {
            String value = requestedFilters.get(m.getField());
            if (value != null && !value.isBlank()) {
                m.setFilterValue(value);
            }
        });
        requestedFilters = Map.of();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }
}
