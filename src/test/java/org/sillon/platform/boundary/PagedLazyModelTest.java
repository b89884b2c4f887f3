package org.sillon.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;

class PagedLazyModelTest {

    /** A list of 45 numbers, searched as a facade would, remembering each search it was asked for. */
    private final List<String> searches = new ArrayList<>();
    private final PagedLazyModel<Integer> model = new PagedLazyModel<>((filters, page) -> {
        searches.add(filters + " " + page.page() + "/" + page.size() + " " + page.sortField()
                + (page.descending() ? ",desc" : ""));
        int total = filters.containsKey("even") ? 23 : 45;
        List<Integer> items = IntStream.range(page.offset(), Math.min(total, page.offset() + page.size())).boxed()
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }, Set.of("n"), "n", n -> n);

    @Test
    void aNewTableCountsAndShowsItsFirstPageInOneSearch() {
        assertEquals(45, model.count(Map.of()));
        List<Integer> shown = model.load(0, 20, Map.of(), Map.of());

        assertEquals(List.of("{} 0/20 n"), searches);
        assertEquals(20, shown.size());
        assertEquals(45, model.getRowCount());
    }

    @Test
    void aTableShowingThePageItShowedLastSearchesOnceAgain() {
        model.count(Map.of());
        model.load(20, 20, Map.of(), Map.of());
        searches.clear();

        assertEquals(45, model.count(Map.of()));
        assertEquals(List.of(40, 41, 42, 43, 44), model.load(40, 20, Map.of(), Map.of()));
        model.count(Map.of());
        model.load(40, 20, Map.of(), Map.of());

        // turning the page reads the old page ahead, then the new one; showing it again reads it once
        assertEquals(List.of("{} 1/20 n", "{} 2/20 n", "{} 2/20 n"), searches);
    }

    @Test
    void anotherFilterOrSortIsSearchedForAndTheCountIsThatOfTheFilter() {
        Map<String, FilterMeta> even = Map.of("even", FilterMeta.builder().field("even").filterValue("yes").build());
        assertEquals(23, model.count(even));
        model.load(0, 20, Map.of(), Map.of());
        searches.clear();

        model.count(Map.of());
        model.load(0, 20, Map.of("n", SortMeta.builder().field("n").order(SortOrder.DESCENDING).build()), Map.of());

        assertEquals(List.of("{} 0/20 n", "{} 0/20 n,desc"), searches);
        assertEquals("n,desc", model.lastSort());
    }

    @Test
    void aLoadWithoutACountSearchesForItself() {
        model.count(Map.of());
        model.load(0, 20, Map.of(), Map.of());
        model.load(0, 20, Map.of(), Map.of());

        assertEquals(2, searches.size());
    }
}
