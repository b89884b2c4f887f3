package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.baskets.entity.DropOffPoint;
import org.sillon.people.boundary.HouseholdDeleting;
import org.sillon.people.boundary.OrganisationDeleting;
import org.sillon.people.boundary.Organisations;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.PersonalDataSource;
import org.sillon.people.boundary.Persons;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Message;

/**
 * The association's drop-off points. A point's contact person follows the registry: moved to the survivor of
 * a merge, unlinked when erased or deleted (the point stays, without a contact); an organisation hosting a point
 * is not deleted while it does.
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "drop_off_point", nothingToDoOn = HouseholdDeleting.class) // no household is referred to
public class DropOffPoints implements PersonalDataSource {

    public static final String AUDIT_TYPE = "DropOffPoint";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Persons persons;

    @Inject
    Organisations organisations;

    /** Every drop-off point and round, by name as French sorts it. */
    public List<DropOffPoint> list() {
        Collator french = Collator.getInstance(Locale.FRENCH);
        return em.createQuery("select p from DropOffPoint p", DropOffPoint.class).getResultList().stream()
                .sorted(Comparator.comparing(DropOffPoint::name, french)).toList();
    }

    /** The drop-off points, or the rounds, by name. */
    public List<DropOffPoint> list(PointKind kind) {
        return list().stream().filter(p -> p.kind() == kind).toList();
    }

    public DropOffPoint find(long id) {
        DropOffPoint point = em.find(DropOffPoint.class, id);
        if (point == null) {
            throw ProblemException.notFound(Message.of("notFound.dropOffPoint", id));
        }
        return point;
    }

    public DropOffPoint create(DropOffPointDetails details) {
        if (details == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        DropOffPoint point = ProblemException.onField("body", () -> new DropOffPoint(details, clock.instant()));
        checkReferences(point, null);
        em.persist(point);
        em.flush(); // the version in the answer is the one stored
        audit.created(AUDIT_TYPE, point.id(), point.auditState());
        return point;
    }

    /** Creates a point as {@link #create} does, for other components (the demo); answers its id. */
    public long register(DropOffPointDetails details) {
        return create(details).id();
    }

    /** Replaces a point's description, if still at the version the editor read. */
    public DropOffPoint update(long id, long expectedVersion, DropOffPointDetails details) {
        DropOffPoint point = find(id);
        Versions.check(expectedVersion, point.version());
        if (details == null) {
            throw ProblemException.invalid("body", Message.of("required"));
        }
        Map<String, Object> before = point.auditState();
        ProblemException.onField("body", () -> point.describe(details));
        checkReferences(point, point.id());
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, point.id(), before, point.auditState());
        return point;
    }

    /** Refuses a name another point has, and a contact or partner that names no record. */
    private void checkReferences(DropOffPoint point, Long exceptId) {
        boolean taken = em.createQuery("select count(p) from DropOffPoint p where lower(p.name) = lower(:name)"
                + " and p.id <> :id", Long.class).setParameter("name", point.name())
                .setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult() > 0;
        if (taken) {
            throw ProblemException.conflict("name-taken", "name", Message.of("dropOffPoint.nameTaken", point.name()));
        }
        Long contact = point.contactPersonId();
        if (contact != null && persons.cards(Set.of(contact)).isEmpty()) {
            throw ProblemException.invalid("contactPersonId", Message.of("followup.noRecord", contact));
        }
        Long fee = point.feeOfferId();
        if (fee != null) {
            BasketOffer offer = em.find(BasketOffer.class, fee);
            if (offer == null || offer.kind() != OfferKind.DELIVERY) {
                throw ProblemException.invalid("feeOfferId", Message.of("point.feeNotDelivery", fee));
            }
        }
        Long partner = point.partnerOrganisationId();
        if (partner != null && organisations.cards(Set.of(partner)).isEmpty()) {
            throw ProblemException.invalid("partnerOrganisationId", Message.of("followup.noRecord", partner));
        }
    }

    private List<DropOffPoint> withContact(long personId) {
        return em.createQuery("select p from DropOffPoint p where p.contactPersonId = :person", DropOffPoint.class)
                .setParameter("person", personId).getResultList();
    }

    private void contactBecomes(long personId, Long survivor) {
        for (DropOffPoint p : withContact(personId)) {
            Map<String, Object> before = p.auditState();
            p.contactBecomes(survivor);
            audit.updated(AUDIT_TYPE, p.id(), before, p.auditState());
        }
    }

    void on(@Observes PersonsMerged merged) {
        contactBecomes(merged.mergedId(), merged.survivorId());
    }

    void on(@Observes PersonErased erased) {
        contactBecomes(erased.personId(), null);
    }

    void on(@Observes PersonDeleting deleting) {
        contactBecomes(deleting.personId(), null);
    }

    void on(@Observes OrganisationDeleting deleting) {
        List<String> hosted = em.createQuery("select p.name from DropOffPoint p where p.partnerOrganisationId = :o"
                + " order by p.name", String.class).setParameter("o", deleting.organisationId()).getResultList();
        if (!hosted.isEmpty()) {
            deleting.refuse(Message.of("deletion.dropOffPoints", String.join(", ", hosted)));
        }
    }

    @Override
    public String section() {
        return "dropOffPoints";
    }

    /** The points this person is the contact of. */
    @Override
    public Object collect(long personId) {
        return withContact(personId).stream().map(p -> Map.of("id", p.id(), "name", p.name())).toList();
    }
}
