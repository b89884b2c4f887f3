package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.people.boundary.HouseholdDeleting;
import org.sillon.people.boundary.OrganisationDeleting;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.testing.TestServices;

/**
 * Every table that refers to a person, household or organisation has a handler for each step of their
 * lifecycle: the database as migrated says which tables refer to which record (foreign keys, and columns
 * named like {@code person_id} for references kept without a key), the {@link ReferenceHandler} beans say who
 * looks after them, and each must observe the lifecycle's events or say that one needs nothing. A new table
 * (baskets, ledger) that no component looks after fails here, before a merge loses its rows or a deletion
 * stops on its key.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleCoverageIT {

    /** The records themselves: their own facades keep the references between them (members, main contact). */
    private static final Set<String> RECORDS = Set.of("person", "household", "organisation");

    private static final Map<String, List<Class<?>>> EVENTS = Map.of(
            "person", List.of(PersonsMerged.class, PersonErased.class, PersonDeleting.class),
            "household", List.of(HouseholdDeleting.class),
            "organisation", List.of(OrganisationDeleting.class));

    @Test
    void everyReferenceToAPersonHouseholdOrOrganisationHasItsHandlers() throws Exception {
        Map<String, Set<String>> references = references();
        List<Class<?>> handlers = handlers();
        assertTrue(references.containsKey("follow_up_task") && references.containsKey("personal_data_request"),
                "the query finds keys and plain id columns: " + references);

        List<String> missing = new ArrayList<>();
        references.forEach((table, records) -> {
            List<Class<?>> mine = handlers.stream()
                    .filter(h -> List.of(h.getAnnotation(ReferenceHandler.class).tables()).contains(table)).toList();
            if (mine.isEmpty()) {
                missing.add(table + ": no @ReferenceHandler names it");
                return;
            }
            for (String record : records) {
                for (Class<?> event : EVENTS.get(record)) {
                    if (mine.stream().noneMatch(h -> observes(h, event) || nothingToDo(h, event))) {
                        missing.add(table + " (refers to " + record + "): none of " + mine.stream()
                                .map(Class::getSimpleName).toList() + " observes " + event.getSimpleName()
                                + " or lists it in nothingToDoOn");
                    }
                }
            }
        });
        assertEquals(List.of(), missing);

        Set<String> tables = tables();
        List<String> unknown = handlers.stream().flatMap(h -> Stream.of(h.getAnnotation(ReferenceHandler.class).tables())
                .filter(t -> !tables.contains(t)).map(t -> h.getSimpleName() + " names " + t)).toList();
        assertEquals(List.of(), unknown, "a handler names a table the migrations do not create");
    }

    /** Per table, the records (person, household, organisation) it refers to. */
    private static Map<String, Set<String>> references() throws SQLException {
        Map<String, Set<String>> references = new TreeMap<>();
        try (Connection c = TestServices.jdbc(); ResultSet keys = c.createStatement().executeQuery(
                "select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c"
                + " where c.contype = 'f' and c.confrelid::regclass::text in ('person', 'household', 'organisation')"
                + " union select table_name, substring(column_name from '(person|household|organisation)')"
                + " from information_schema.columns where table_schema = 'public'"
                + " and column_name ~ '(^|_)(person|household|organisation)(_[a-z]+)?_id$'")) {
            while (keys.next()) {
                if (!RECORDS.contains(keys.getString(1))) {
                    references.computeIfAbsent(keys.getString(1), t -> new TreeSet<>()).add(keys.getString(2));
                }
            }
        }
        return references;
    }

    private static Set<String> tables() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection c = TestServices.jdbc(); ResultSet rs = c.getMetaData().getTables(null, "public", "%",
                new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    /** The application's classes annotated {@link ReferenceHandler}, from the classes directory the war is built from. */
    private static List<Class<?>> handlers() throws IOException, URISyntaxException {
        Path root = Path.of(ReferenceHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> handlers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/sillon"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, LifecycleCoverageIT.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot inspect " + name, e);
                }
                if (type.isAnnotationPresent(ReferenceHandler.class)) {
                    handlers.add(type);
                }
            }
        }
        assertTrue(handlers.size() > 5, "handlers found under " + root + ": " + handlers);
        return handlers;
    }

    private static boolean observes(Class<?> handler, Class<?> event) {
        for (Method m : handler.getDeclaredMethods()) {
            for (Parameter p : m.getParameters()) {
                if (p.isAnnotationPresent(Observes.class) && p.getType().isAssignableFrom(event)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nothingToDo(Class<?> handler, Class<?> event) {
        return List.of(handler.getAnnotation(ReferenceHandler.class).nothingToDoOn()).contains(event);
    }
}
