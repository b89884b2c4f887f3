package org.sillon.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sillon.platform.entity.Folding;
import org.sillon.platform.entity.Message;

/**
 * A JPQL list with optional filters, sorted and paged in the database, with its total. A filter whose value
 * is null or blank is left out, so callers pass what the user gave and nothing else.
 */
public final class PagedQuery<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final String from;
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

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
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        String path = sortPaths.get(page.sortField());
        if (path == null) {
            throw ProblemException.invalid("sort", Message.of("oneOf", String.join(", ", sortPaths.keySet())));
        }
        String order = " order by " + path + (page.descending() ? " desc" : " asc") + ", " + alias + ".id"
                + (page.descending() ? " desc" : " asc");
        TypedQuery<T> items = em.createQuery("select " + alias + " from " + from + where + order, type);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + from + where, Long.class);
        parameters.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<T> result = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        // a short page tells the total without counting, unless it is empty past the first page
        long total = result.size() < page.size() && (page.offset() == 0 || !result.isEmpty())
                ? page.offset() + result.size() : count.getSingleResult();
        return new Page<>(result, page.page(), page.size(), total);
    }
}
