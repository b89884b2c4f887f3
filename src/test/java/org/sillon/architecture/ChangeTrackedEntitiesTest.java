package org.sillon.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink weaves change tracking into an entity, so that a flush or a commit looks only at what was changed,
 * unless one of its mappings cannot report its changes: a collection of embeddables, or a collection read eagerly
 * (no transparent indirection). Such an entity is compared field by field with a copy kept since it was read, at
 * every flush and commit, for every instance the transaction holds: in a list of 20 households, the comparison of
 * their members took 4 to 5 % of the call. The weaver says the same at deployment ("could not be weaved for change
 * tracking", logged at {@code CONFIG} under {@code eclipselink.logging.level.weaver}).
 */
class ChangeTrackedEntitiesTest {

    /**
     * Entities compared at each flush, known and left so. Person and SubscriptionTerm are read in numbers, and were
     * tried tracked (performance.md, 5 December 2026): EclipseLink's JPQL takes no function over a collection of
     * plain values, which the tags' case-folding queries need, and a term's options read lazily came back empty in
     * the billing run and the funders' shares.
     */
    private static final Set<String> COMPARED = Set.of(
            "accounts.entity.Account", // roles read with the account: a few logins per association
            "association.entity.Association", // sites read with the association: one per tenant
            "baskets.entity.SubscriptionTerm", // options read with the term, wherever it is read
            "baskets.entity.WeekContents", // lines read with the week's contents: one per week
            "people.entity.Organisation", // roles read with the organisation: tens per association
            "people.entity.Person"); // tags embedded, so that queries can fold their case

    @Test
    void onlyTheEntitiesKnownToBeComparedAtEachFlushAre() {
        Map<String, String> compared = new TreeMap<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sillon")) {
            if (c.isAnnotatedWith(Entity.class)) {
                String why = untrackable(c.reflect());
                if (why != null) {
                    compared.put(c.getName().substring("org.sillon.".length()), why);
                }
            }
        }
        assertEquals(new TreeSet<>(COMPARED), compared.keySet(), "Entities that change tracking cannot be woven into: "
                + compared + ". Map a collection of plain values rather than of embeddables, and read collections"
                + " lazily (with @BatchFetch or a load graph where a list needs them), or add the entity to COMPARED"
                + " with the reason it is left so.");
    }

    private static String untrackable(Class<?> entity) {
        for (Class<?> c = entity; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                ElementCollection values = f.getAnnotation(ElementCollection.class);
                OneToMany oneToMany = f.getAnnotation(OneToMany.class);
                ManyToMany manyToMany = f.getAnnotation(ManyToMany.class);
                FetchType fetch = values != null ? values.fetch() : oneToMany != null ? oneToMany.fetch()
                        : manyToMany != null ? manyToMany.fetch() : null;
                if (fetch == FetchType.EAGER) {
                    return f.getName() + " is read eagerly";
                }
                if (values != null && elementTypes(f).stream().anyMatch(t -> t instanceof Class<?> k
                        && k.isAnnotationPresent(Embeddable.class))) {
                    return f.getName() + " holds embeddables";
                }
            }
        }
        return null;
    }

    private static List<Type> elementTypes(Field f) {
        return f.getGenericType() instanceof ParameterizedType p ? Arrays.asList(p.getActualTypeArguments())
                : List.of();
    }
}
