package org.sillon.exchange.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import run creates: the rows to create grouped in households (by household key, in file order; a
 * row without a key is a household alone), cut into chunks of whole households. Built from the same rows in
 * the same order, it is the same plan on any server, so a checkpoint ("the first n households are created")
 * means the same everywhere.
 */
public final class ImportPlan {

    private final List<List<ImportRow>> households;
    private final int[] personsBefore;

    private ImportPlan(List<List<ImportRow>> households) {
        this.households = households;
        this.personsBefore = new int[households.size() + 1];
        for (int i = 0; i < households.size(); i++) {
            personsBefore[i + 1] = personsBefore[i] + households.get(i).size();
        }
    }

    /** The plan of {@code rows}, the valid rows that are no duplicates, in file order. */
    public static ImportPlan of(List<ImportRow> rows) {
        Map<String, List<ImportRow>> groups = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            String key = row.householdKey() == null ? "#line " + row.line() : "key " + row.householdKey();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return new ImportPlan(List.copyOf(groups.values()));
    }

    public List<List<ImportRow>> households() {
        return households;
    }

    public int persons() {
        return personsBefore[households.size()];
    }

    /** The persons of the first {@code households} households: the progress once they are created. */
    public int personsIn(int households) {
        return personsBefore[households];
    }

    /**
     * The households that follow the first {@code done}: at least one, and more while the chunk stays within
     * {@code rows} persons. Empty once every household is done.
     */
    public List<List<ImportRow>> chunk(int done, int rows) {
        int end = done;
        while (end < households.size() && (end == done || personsBefore[end + 1] - personsBefore[done] <= rows)) {
            end++;
        }
        return households.subList(done, end);
    }
}
