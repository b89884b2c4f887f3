package org.sillon.platform.control;

import java.util.Set;
import org.sillon.platform.entity.Message;

/**
 * Which page of a list, and in which order. {@code sort} is "field" or "field,desc"; only fields the list
 * allows may be used, so that no client can sort on an unindexed or private column.
 */
public record PageRequest(int page, int size, String sortField, boolean descending) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw ProblemException.invalid("page", Message.of("min.zero"));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalid("size", Message.of("between", 1, MAX_SIZE));
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw ProblemException.invalid("page", Message.of("page.beyond"));
        }
    }

    public static PageRequest of(Integer page, Integer size, String sort, Set<String> allowed, String defaultSort) {
        String s = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        String[] parts = s.split(",");
        if (parts.length == 0 || parts.length > 2) {
            throw ProblemException.invalid("sort", Message.of("sort.shape"));
        }
        String field = parts[0].trim();
        boolean desc = parts.length > 1 && "desc".equalsIgnoreCase(parts[1].trim());
        if (parts.length > 1 && !desc && !"asc".equalsIgnoreCase(parts[1].trim())) {
            throw ProblemException.invalid("sort", Message.of("sort.direction"));
        }
        if (!allowed.contains(field)) {
            throw ProblemException.invalid("sort", Message.of("oneOf", String.join(", ", allowed.stream().sorted().toList())));
        }
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size, field, desc);
    }

    public int offset() {
        return page * size;
    }
}
