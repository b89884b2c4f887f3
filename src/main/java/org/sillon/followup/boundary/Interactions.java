package org.sillon.followup.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.sillon.followup.control.Subjects;
import org.sillon.followup.entity.Interaction;
import org.sillon.people.boundary.OrganisationDeleting;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.people.boundary.PersonalDataSource;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.PagedQuery;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Message;

/**
 * The interactions logged with persons and organisations. Anyone who may edit the registry logs them; only
 * their author or an administrator changes or deletes one afterwards.
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "interaction")
public class Interactions implements PersonalDataSource {

    public static final String AUDIT_TYPE = "Interaction";

    /** What a list can be narrowed to; a household stands for the interactions with its members. */
    public record Filter(Long personId, Long organisationId, Long householdId, InteractionKind kind) {
    }

    public static final Map<String, String> SORTS = Map.of(
            "occurredAt", "i.occurredAt",
            "kind", "i.kind",
            "recordedAt", "i.recordedAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Subjects subjects;

    /** Logs an interaction signed by the caller. */
    public Interaction log(InteractionDetails details, Caller author) {
        Interaction interaction = ProblemException.onField("body",
                () -> new Interaction(details, author.username(), clock.instant()));
        subjects.require(interaction.personId(), interaction.organisationId(), null);
        em.persist(interaction);
        em.flush(); // the version in the answer is the one stored
        audit.created(AUDIT_TYPE, interaction.id(), interaction.auditState());
        return interaction;
    }

    /** Logs an interaction as {@link #log} does and answers its id, for other components. */
    public long register(InteractionDetails details, Caller author) {
        return log(details, author).id();
    }

    public Interaction update(long id, long expectedVersion, InteractionDetails details, Caller by) {
        Interaction interaction = editable(id, by);
        Versions.check(expectedVersion, interaction.version());
        Map<String, Object> before = interaction.auditState();
        ProblemException.onField("body", () -> interaction.describe(details, clock.instant()));
        subjects.require(interaction.personId(), interaction.organisationId(), null);
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, interaction.id(), before, interaction.auditState());
        return interaction;
    }

    public void delete(long id, Caller by) {
        removeAudited(editable(id, by));
    }

    private Interaction editable(long id, Caller by) {
        Interaction interaction = find(id);
        if (!interaction.editableBy(by)) {
            throw ProblemException.forbidden(Message.of("followup.notAuthor", interaction.author()));
        }
        return interaction;
    }

    public Interaction find(long id) {
        Interaction interaction = em.find(Interaction.class, id);
        if (interaction == null) {
            throw ProblemException.notFound(Message.of("notFound.interaction", id));
        }
        return interaction;
    }

    public Page<Interaction> search(Filter filter, PageRequest page) {
        List<Long> members = filter.householdId() == null ? null : subjects.householdMembers(filter.householdId());
        return PagedQuery.of(em, Interaction.class, "i", "Interaction i")
                .where("i.personId = :person", "person", filter.personId())
                .where("i.organisationId = :organisation", "organisation", filter.organisationId())
                // an empty household has no interactions: no person has the id -1
                .where("i.personId in :members", "members", members == null ? null : members.isEmpty() ? List.of(-1L) : members)
                .where("i.kind = :kind", "kind", filter.kind())
                .fetch(page, SORTS);
    }

    /** The date and time in Paris now, from the application's clock: the default time of a new interaction. */
    public java.time.LocalDateTime nowInParis() {
        return java.time.LocalDateTime.now(clock);
    }

    /** What was logged with the merged person now belongs to the survivor. */
    void on(@Observes PersonsMerged merged) {
        for (Interaction i : about(merged.mergedId())) {
            Map<String, Object> before = i.auditState();
            i.movePerson(merged.survivorId());
            audit.updated(AUDIT_TYPE, i.id(), before, i.auditState());
        }
    }

    /** An erased person's interactions go; the trail keeps that they were erased, not what they said. */
    void on(@Observes PersonErased erased) {
        for (Interaction i : about(erased.personId())) {
            audit.forget(AUDIT_TYPE, i.id()); // earlier lines held what was said
            em.remove(i);
        }
    }

    /** What was logged with a deleted person or organisation goes with them, each line in the audit trail. */
    void on(@Observes PersonDeleting deleting) {
        about(deleting.personId()).forEach(this::removeAudited);
    }

    void on(@Observes OrganisationDeleting deleting) {
        em.createQuery("select i from Interaction i where i.organisationId = :o", Interaction.class)
                .setParameter("o", deleting.organisationId()).getResultList().forEach(this::removeAudited);
    }

    private void removeAudited(Interaction i) {
        audit.deleted(AUDIT_TYPE, i.id(), i.auditState());
        em.remove(i);
    }

    private List<Interaction> about(long personId) {
        return em.createQuery("select i from Interaction i where i.personId = :person order by i.occurredAt", Interaction.class)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public String section() {
        return "interactions";
    }

    @Override
    public Object collect(long personId) {
        return InteractionsResource.InteractionView.of(about(personId), subjects);
    }
}
