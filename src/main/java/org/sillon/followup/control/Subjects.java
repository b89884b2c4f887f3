package org.sillon.followup.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sillon.people.boundary.HouseholdCard;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.OrganisationCard;
import org.sillon.people.boundary.Organisations;
import org.sillon.people.boundary.PersonCard;
import org.sillon.people.boundary.Persons;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/**
 * What interactions and tasks are about, read through the people component's cards only: checks that a
 * person, organisation or household given by id exists, and names them for a whole list in three queries.
 */
@ApplicationScoped
public class Subjects {

    /** The names of the subjects of a list of interactions or tasks. */
    public record Names(Map<Long, String> persons, Map<Long, String> organisations, Map<Long, String> households) {

        public String person(Long id) {
            return id == null ? null : persons.get(id);
        }

        public String organisation(Long id) {
            return id == null ? null : organisations.get(id);
        }

        public String household(Long id) {
            return id == null ? null : households.get(id);
        }

        /** Whom or what a record is about, with its page: its person, else its organisation, else its household. */
        public Subject about(Long personId, Long organisationId, Long householdId) {
            if (person(personId) != null) {
                return new Subject("/people/person", personId, person(personId));
            }
            if (organisation(organisationId) != null) {
                return new Subject("/people/organisation", organisationId, organisation(organisationId));
            }
            return household(householdId) == null ? null
                    : new Subject("/people/household", householdId, household(householdId));
        }
    }

    /** A record a task or an interaction is about, as a page links to it. */
    public record Subject(String page, long id, String name) {
    }

    @Inject
    Persons persons;

    @Inject
    Organisations organisations;

    @Inject
    Households households;

    /** Refuses, naming its field, an id that names no record. */
    public void require(Long personId, Long organisationId, Long householdId) {
        check("personId", personId, persons::cards);
        check("organisationId", organisationId, organisations::cards);
        check("householdId", householdId, households::cards);
    }

    private static void check(String field, Long id, Function<Collection<Long>, List<?>> cards) {
        if (id != null && cards.apply(Set.of(id)).isEmpty()) {
            throw ProblemException.invalid(field, Message.of("followup.noRecord", id));
        }
    }

    /** The names of the subjects of {@code records}, each giving its person, organisation and household id. */
    public <T> Names namesOf(Collection<T> records, Function<T, Long> personId, Function<T, Long> organisationId,
            Function<T, Long> householdId) {
        return new Names(
                persons.cards(ids(records, personId)).stream()
                        .collect(Collectors.toMap(PersonCard::id, PersonCard::fullName)),
                organisations.cards(ids(records, organisationId)).stream()
                        .collect(Collectors.toMap(OrganisationCard::id, OrganisationCard::name)),
                households.cards(ids(records, householdId)).stream()
                        .collect(Collectors.toMap(HouseholdCard::id, HouseholdCard::name)));
    }

    private static <T> Set<Long> ids(Collection<T> records, Function<T, Long> id) {
        Set<Long> ids = new HashSet<>();
        records.stream().map(id).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** The ids of a household's members, for "the interactions of a household". */
    public List<Long> householdMembers(long householdId) {
        return List.copyOf(householdMemberNames(householdId).keySet());
    }

    /** A household's members by id, main contact first, with their names. */
    public Map<Long, String> householdMemberNames(long householdId) {
        Map<Long, String> names = new LinkedHashMap<>();
        households.cards(Set.of(householdId)).forEach(h -> {
            if (h.mainContact() != null) {
                names.put(h.mainContact().personId(), h.mainContact().name());
            }
            h.members().forEach(m -> names.putIfAbsent(m.personId(), m.name()));
        });
        return names;
    }
}
