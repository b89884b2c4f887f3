package org.sillon.platform.control;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.ResultSetConcurrency;
import org.eclipse.persistence.config.ResultSetType;
import org.eclipse.persistence.queries.ReportQueryResult;
import org.eclipse.persistence.queries.ScrollableCursor;
import org.sillon.platform.entity.Folding;
import org.sillon.platform.entity.Message;

/**
 * A JPQL list with optional filters, sorted and paged in the database, with its total. A filter whose value
 * is null or blank is left out, so callers pass what the user gave and nothing else.
 */
public final class PagedQuery<T> {

    /** The standard hint of a load graph: its attributes loaded, the others as their mappings say. */
    public static final String LOAD_GRAPH = "jakarta.persistence.loadgraph";

    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final String from;
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private EntityGraph<T> loaded;

    private PagedQuery(EntityManager em, Class<T> type, String alias, String from) {
        this.em = em;
        this.type = type;
        this.alias = alias;
        this.from = from;
    }

    /** {@code from} is the JPQL after FROM, e.g. "Person p left join p.household h"; {@code alias} is "p". */
    public static <T> PagedQuery<T> of(EntityManager em, Class<T> type, String alias, String from) {
        return new PagedQuery<>(em, type, alias, from);
    }

    /**
     * Loads these relationships of each item with the page, in its transaction (with their batch fetching: one
     * query each), for a caller that reads them after it: a lazy load outside the transaction would take a
     * connection of its own for each.
     */
    public PagedQuery<T> loading(String... attributes) {
        loaded = loadGraph(em, type, attributes);
        return this;
    }

    /** The load graph of {@code type} with these attributes, for {@code em.find} and queries alike. */
    public static <E> EntityGraph<E> loadGraph(EntityManager em, Class<E> type, String... attributes) {
        EntityGraph<E> graph = em.createEntityGraph(type);
        graph.addAttributeNodes(attributes);
        return graph;
    }

    /** Adds {@code clause} (using {@code :name}) when {@code value} is given. */
    public PagedQuery<T> where(String clause, String name, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return this;
        }
        clauses.add(clause);
        parameters.put(name, value instanceof String s ? s.strip() : value);
        return this;
    }

    /** Adds {@code clause}, which takes no parameter, when {@code applies}. */
    public PagedQuery<T> where(boolean applies, String clause) {
        if (applies) {
            clauses.add(clause);
        }
        return this;
    }

    /**
     * Adds {@code clause} once for each word of {@code text}, so that a row must match every word. The words
     * are folded ({@link Folding}) as search columns are, and {@code clause} compares a folded column with
     * {@code :word}, which stands for "%word%".
     */
    public PagedQuery<T> whereEveryWord(String clause, String text) {
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            clauses.add(clause.replace(":word", ":word" + i));
            parameters.put("word" + i, "%" + words.get(i) + "%");
        }
        return this;
    }

    /**
     * The distinct folded words of a search, in order; none for null or blank. Folding leaves no LIKE
     * wildcard in them ({@code %} and {@code _} become spaces).
     */
    public static List<String> words(String text) {
        String folded = Folding.fold(text);
        if (folded == null || folded.isEmpty()) {
            return List.of();
        }
        return List.copyOf(new java.util.LinkedHashSet<>(List.of(folded.split(" "))));
    }

    /** A "starts with, ignoring case" pattern for LIKE, with the user's % and _ taken literally. */
    public static String startsWith(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return escape(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Runs the page; {@code sortPaths} maps each sortable field to its JPQL path. */
    public Page<T> fetch(PageRequest page, Map<String, String> sortPaths) {
        String where = where();
        String order = order(page, sortPaths);
        TypedQuery<T> items = em.createQuery("select " + alias + " from " + from + where + order, type);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + from + where, Long.class);
        parameters.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        if (loaded != null) {
            items.setHint(LOAD_GRAPH, loaded);
        }
        List<T> result = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        // a short page tells the total without counting, unless it is empty past the first page
        long total = result.size() < page.size() && (page.offset() == 0 || !result.isEmpty())
                ? page.offset() + result.size() : count.getSingleResult();
        return new Page<>(result, page.page(), page.size(), total);
    }

    /**
     * The whole list in the page's order (its page and size are ignored), read in one forward-only pass with
     * {@code chunk} rows a round trip and no count, and handed on {@code chunk} rows at a time, so that the
     * caller can fetch what those rows need in one query each. {@code select} is a JPQL select list of
     * values, not entities ("p.id, p.lastName, h.name"), so that nothing piles up in the persistence context;
     * each row comes as an array of those values. The database's cursor lives as long as the transaction, which
     * the caller holds open until the last chunk is handed on.
     */
    public void chunks(String select, PageRequest sort, Map<String, String> sortPaths, int chunk,
            Consumer<List<Object[]>> each) {
        Query query = em.createQuery("select " + select + " from " + from + where() + order(sort, sortPaths));
        parameters.forEach(query::setParameter);
        query.setHint(QueryHints.SCROLLABLE_CURSOR, HintValues.TRUE);
        // forward only: PostgreSQL's driver then reads through a cursor, chunk rows at a time, not all at once
        query.setHint(QueryHints.RESULT_SET_TYPE, ResultSetType.ForwardOnly);
        query.setHint(QueryHints.RESULT_SET_CONCURRENCY, ResultSetConcurrency.ReadOnly);
        query.setHint(QueryHints.JDBC_FETCH_SIZE, chunk);
        ScrollableCursor cursor = (ScrollableCursor) query.getSingleResult();
        try {
            List<Object[]> rows = new ArrayList<>(chunk);
            while (cursor.hasNext()) {
                Object row = cursor.next();
                rows.add(row instanceof Object[] values ? values
                        : row instanceof ReportQueryResult r ? r.getResults().toArray() : new Object[] {row});
                if (rows.size() == chunk) {
                    each.accept(rows);
                    rows = new ArrayList<>(chunk);
                }
            }
            if (!rows.isEmpty()) {
                each.accept(rows);
            }
        } finally {
            cursor.close();
        }
    }

    private String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** The page's order, then the id in the same direction, so that the order is total. */
    private String order(PageRequest page, Map<String, String> sortPaths) {
        String path = sortPaths.get(page.sortField());
        if (path == null) {
            throw ProblemException.invalid("sort", Message.of("oneOf", String.join(", ", sortPaths.keySet())));
        }
        return " order by " + path + (page.descending() ? " desc" : " asc") + ", " + alias + ".id"
                + (page.descending() ? " desc" : " asc");
    }
}
