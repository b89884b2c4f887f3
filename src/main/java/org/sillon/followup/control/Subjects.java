package org.sillon.followup.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.Organisations;
import org.sillon.people.boundary.Persons;
import org.sillon.people.entity.Household;
import org.sillon.platform.control.ProblemException;

/**
 * What interactions and tasks are about, read through the people component's facades only: checks that a
 * person, organisation or household given by id exists, and names it for lists.
 */
@ApplicationScoped
public class Subjects {

    @Inject
    Persons persons;

    @Inject
    Organisations organisations;

    @Inject
    Households households;

    /** Refuses, naming its field, an id that names no record. */
    public void require(Long personId, Long organisationId, Long householdId) {
        check("personId", personId, id -> persons.find(id));
        check("organisationId", organisationId, id -> organisations.find(id));
        check("householdId", householdId, id -> households.find(id));
    }

    private static void check(String field, Long id, LongFunction<Object> find) {
        if (id == null) {
            return;
        }
        try {
            find.apply(id);
        } catch (ProblemException notFound) {
            throw ProblemException.invalid(field, "no record has the id " + id);
        }
    }

    public String personName(Long id) {
        return id == null ? null : persons.find(id).fullName();
    }

    public String organisationName(Long id) {
        return id == null ? null : organisations.find(id).name();
    }

    public String householdName(Long id) {
        return id == null ? null : households.find(id).name();
    }

    /** The ids of a household's members, for "the interactions of a household". */
    public List<Long> householdMembers(long householdId) {
        return List.copyOf(householdMemberNames(householdId).keySet());
    }

    /** A household's members by id, main contact first, with their names. */
    public Map<Long, String> householdMemberNames(long householdId) {
        Household h = households.find(householdId);
        Map<Long, String> names = new LinkedHashMap<>();
        if (h.mainContact() != null) {
            names.put(h.mainContact().id(), h.mainContact().fullName());
        }
        h.members().forEach(p -> names.putIfAbsent(p.id(), p.fullName()));
        return names;
    }
}
