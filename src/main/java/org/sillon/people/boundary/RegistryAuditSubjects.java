package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sillon.platform.boundary.AuditSubjects;

/** The registry's records on the audit trail's page: persons, households, organisations and notes, by name. */
@ApplicationScoped
public class RegistryAuditSubjects implements AuditSubjects {

    private static final String PERSON_PAGE = "/people/person";

    @Inject
    Persons persons;

    @Inject
    Households households;

    @Inject
    Organisations organisations;

    @Inject
    PersonNotes notes;

    @Override
    public Set<String> types() {
        return Set.of(Persons.AUDIT_TYPE, Households.AUDIT_TYPE, Organisations.AUDIT_TYPE, PersonNotes.AUDIT_TYPE);
    }

    @Override
    public Map<Long, Subject> subjects(String type, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return switch (type) {
            case Persons.AUDIT_TYPE -> persons.cards(ids).stream().collect(Collectors.toMap(PersonCard::id,
                    p -> new Subject(p.fullName(), PERSON_PAGE, p.id())));
            case Households.AUDIT_TYPE -> households.cards(ids).stream().collect(Collectors.toMap(HouseholdCard::id,
                    h -> new Subject(h.name(), "/people/household", h.id())));
            case Organisations.AUDIT_TYPE -> organisations.cards(ids).stream().collect(Collectors.toMap(
                    OrganisationCard::id, o -> new Subject(o.name(), "/people/organisation", o.id())));
            case PersonNotes.AUDIT_TYPE -> notesOf(ids);
            default -> Map.of();
        };
    }

    /** A note is named after the person it is about, and shown on their page. */
    private Map<Long, Subject> notesOf(Set<Long> noteIds) {
        Map<Long, Long> personOfNote = notes.personIds(noteIds);
        Map<Long, PersonCard> cards = persons.cards(Set.copyOf(personOfNote.values())).stream()
                .collect(Collectors.toMap(PersonCard::id, Function.identity()));
        Map<Long, Subject> subjects = new HashMap<>();
        personOfNote.forEach((note, person) -> {
            PersonCard card = cards.get(person);
            if (card != null) {
                subjects.put(note, new Subject(card.fullName(), PERSON_PAGE, person));
            }
        });
        return subjects;
    }
}
