package org.sillon.platform.boundary;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;

/**
 * A PrimeFaces lazy table over a facade's paged search: paging, sorting and filtering happen in the
 * database, through the same search the REST API uses.
 */
public class PagedLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;
    /** The rows every list page shows at first ({@code rows="20"}); a table showing more reads its first page twice. */
    private static final int FIRST_PAGE_SIZE = 20;

    /** Runs the search for the table's filters (column to text) and page. */
    public interface Loader<T> extends BiFunction<Map<String, String>, PageRequest, Page<T>>, java.io.Serializable {
    }

    private final Loader<T> loader;
    /** "field" or "field,desc". */
    private final String defaultSort;
    private final java.util.Set<String> sortable;
    private final Function<T, Object> key;
    private transient Page<T> last;
    /** What the last load asked for, and the page {@link #count} read ahead for the load that follows it. */
    private transient PageRequest lastRequest;
    private transient ReadAhead<T> ahead;

    private record ReadAhead<T>(Map<String, String> filters, PageRequest request, Page<T> page) {
    }

    /** What the table last asked for, so that the page can save or export exactly the list shown. */
    private Map<String, String> lastFilters = Map.of();
    private String lastSort;

    public PagedLazyModel(Loader<T> loader, java.util.Set<String> sortable, String defaultSort,
            SerializableKey<T> key) {
        this.loader = loader;
        this.sortable = sortable;
        this.defaultSort = defaultSort;
        this.key = key;
    }

    /** The row key, for PrimeFaces' row identity. */
    public interface SerializableKey<T> extends Function<T, Object>, java.io.Serializable {
    }

    /**
     * The table asks for the count, then at once for the page: the count reads ahead the page it will most likely
     * ask for (the one it asked for last, else the first), total included, and {@link #load} takes that page if
     * it asks for exactly it. A new list shows in one search, not two; a table turning its page still searches
     * twice (the page it showed, read ahead, then the new one).
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = filters(filterBy);
        PageRequest request = lastRequest != null ? lastRequest
                : new PageRequest(0, FIRST_PAGE_SIZE, defaultSort.split(",")[0], defaultSort.endsWith(",desc"));
        ahead = new ReadAhead<>(filters, request, loader.apply(filters, request));
        return (int) ahead.page().total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        String field = defaultSort.split(",")[0];
        boolean desc = defaultSort.endsWith(",desc");
        for (SortMeta s : sortBy.values()) {
            if (sortable.contains(s.getField()) && s.getOrder() != SortOrder.UNSORTED) {
                field = s.getField();
                desc = s.getOrder() == SortOrder.DESCENDING;
                break;
            }
        }
        lastFilters = filters(filterBy);
        lastSort = desc ? field + ",desc" : field;
        lastRequest = new PageRequest(first / size, size, field, desc);
        last = ahead != null && ahead.request().equals(lastRequest) && ahead.filters().equals(lastFilters)
                ? ahead.page() : loader.apply(lastFilters, lastRequest);
        ahead = null;
        setRowCount((int) last.total());
        return last.items();
    }

    /** The column filters of the last load (column to text), none before the first. */
    public Map<String, String> lastFilters() {
        return lastFilters;
    }

    /** The sort of the last load, "field" or "field,desc"; the default sort before the first. */
    public String lastSort() {
        return lastSort == null ? defaultSort : lastSort;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        if (last == null) {
            return null;
        }
        return last.items().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }

    private static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> result = new java.util.HashMap<>();
        filterBy.forEach((k, f) -> {
            if (f.getFilterValue() != null && !String.valueOf(f.getFilterValue()).isBlank()) {
                result.put(f.getField(), String.valueOf(f.getFilterValue()));
            }
        });
        return result;
    }
}
