package org.sillon.baskets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sillon.baskets.entity.BasketOffer;
import org.sillon.baskets.entity.WeekContents;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.Message;

/**
 * What is in the baskets each week, size by size, with the animator's news or recipe; and the week's letter (the
 * "feuille de chou") to every household receiving a basket that week, sent once.
 */
@ApplicationScoped
@Transactional
public class BasketContents {

    public static final String AUDIT_TYPE = "WeekContents";

    /** A size's products in a week. */
    public record SizeContents(long sizeOfferId, String size, List<ContentLine> lines) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Offers offers;

    @Inject
    Distributions distributions;

    @Inject
    BasketNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The week's contents; a week nobody filled yet answers empty, at version 0. */
    public WeekContents of(IsoWeek week) {
        return em.createQuery("select c from WeekContents c where c.week = :week", WeekContents.class)
                .setParameter("week", week).getResultList().stream().findFirst().orElseGet(() -> new WeekContents(week));
    }

    /** The week's products per size, sizes in the offers' order, only those that have some. */
    public List<SizeContents> bySize(WeekContents contents) {
        Map<Long, SizeContents> found = new LinkedHashMap<>();
        for (BasketOffer o : offers.list()) {
            List<ContentLine> lines = contents.of(o.id());
            if (o.kind() == OfferKind.SIZE && !lines.isEmpty()) {
                found.put(o.id(), new SizeContents(o.id(), o.name(), lines));
            }
        }
        return List.copyOf(found.values());
    }

    /** Replaces the week's products and news, if still at the version read (0 for a week not filled yet). */
    public WeekContents fill(IsoWeek week, long expectedVersion, List<ContentLine> lines, String news) {
        WeekContents contents = of(week);
        Versions.check(expectedVersion, contents.version());
        if (contents.sentAt() != null) {
            throw ProblemException.conflict("sent", "week", Message.of("contents.sent", week));
        }
        Set<Long> sizes = offers.list().stream().filter(o -> o.kind() == OfferKind.SIZE).map(BasketOffer::id)
                .collect(Collectors.toSet());
        ProblemException.onField("body", () -> contents.fill(lines, news, sizes));
        if (contents.id() == null) {
            em.persist(contents);
        } else {
            em.lock(contents, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Versions.flush(em);
        audit.updated(AUDIT_TYPE, contents.id(), Map.of(), Map.of("week", week.toString(), "lines",
                contents.lines().size()));
        return contents;
    }

    /** Fills a week not filled yet as {@link #fill} does, for other components (the demo). */
    public void register(IsoWeek week, List<ContentLine> lines, String news) {
        fill(week, 0, lines, news);
    }

    /**
     * Sends the week's letter to every household receiving a basket that week, with its own size's products, its
     * delivery day and the news; once a week, not for a week without contents, closed or over. Answers how many
     * households were written to.
     */
    public int sendLetter(IsoWeek week, Caller by) {
        WeekContents contents = em.createQuery("select c from WeekContents c where c.week = :week", WeekContents.class)
                .setParameter("week", week).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .findFirst().orElse(null);
        if (contents == null || contents.isEmpty()) {
            throw ProblemException.conflict("no-contents", "week", Message.of("contents.none", week));
        }
        if (contents.sentAt() != null) {
            throw ProblemException.conflict("sent", "week", Message.of("contents.sent", week));
        }
        if (week.day(DayOfWeek.SUNDAY).isBefore(LocalDate.now(clock))) {
            throw ProblemException.conflict("past", "week", Message.of("contents.past", week));
        }
        Distributions.Distribution d = distributions.of(week);
        if (d.closed()) {
            throw ProblemException.conflict("closed", "week", Message.of("contents.closed", week));
        }
        Map<String, List<ContentLine>> bySizeName = bySize(contents).stream()
                .collect(Collectors.toMap(SizeContents::size, SizeContents::lines));
        int written = notices.letter(d, contents.news(), bySizeName);
        contents.sent(written, by.username(), clock.instant());
        em.flush();
        audit.updated(AUDIT_TYPE, contents.id(), Map.of(), Map.of("letterTo", written));
        return written;
    }
}
