package org.sillon.baskets.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sillon.baskets.entity.DeliveryClosure;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.entity.IsoWeek;

/**
 * The weeks the garden delivers nowhere, on the points page: the garden team closes a week, tells the households
 * concerned once, or opens the week again.
 */
@Named
@ViewScoped
public class ClosuresPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The page again, with the point it shows: a closure changes every point's calendar shown there. */
    private static final String AGAIN = "/baskets/points?faces-redirect=true&includeViewParams=true";

    @Inject
    DeliveryCalendars calendars;

    @Inject
    UserSession user;

    @Inject
    Clock clock;

    private List<DeliveryClosure> closures;
    private String week;
    private String reason;

    /** The closures from this week on: a past one changes no more. */
    public List<DeliveryClosure> getClosures() {
        if (closures == null) {
            IsoWeek thisWeek = IsoWeek.of(LocalDate.now(clock));
            closures = calendars.closures().stream().filter(c -> c.week().compareTo(thisWeek) >= 0).toList();
        }
        return closures;
    }

    /** Closes the week typed (2026-W52); a malformed week is said beside the field. */
    public String close() {
        return Faces.attempt(user.in(Audience.DELIVERY_EDITORS), "closures", () -> {
            DeliveryClosure c = calendars.close(ClosuresResource.week("week", week), reason, user.caller());
            Faces.info("points.closed", c.week().toString());
            return AGAIN;
        }, null);
    }

    /** Writes to the households whose basket the closed week takes away, once. */
    public String announce(long closureId) {
        return Faces.attempt(user.in(Audience.DELIVERY_EDITORS), "closureList", () -> {
            Faces.info("points.announced", calendars.announce(closureId, user.caller()));
            return AGAIN;
        }, null);
    }

    /** Opens a closed week again. */
    public String reopen(long closureId) {
        return Faces.attempt(user.in(Audience.DELIVERY_EDITORS), "closureList", () -> {
            calendars.reopen(closureId);
            Faces.info("points.reopened");
            return AGAIN;
        }, null);
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
