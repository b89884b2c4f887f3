package org.sillon.baskets.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.sillon.baskets.entity.DeliveryMove;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.Moments;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.entity.IsoWeek;

/**
 * The coming deliveries of the point (or round) open on the points page, and its moved deliveries: the garden team
 * moves a delivery from its usual day to another day of that week (Thursday to Wednesday in Christmas week), or
 * gives it back its usual day.
 */
@Named
@ViewScoped
public class PointDeliveriesPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A quarter ahead: what a volunteer plans the deliveries over. */
    static final int WEEKS = 12;

    /** A moved delivery as the page shows it: from the usual day to the day it goes to. */
    public record Move(long id, String week, LocalDate from, LocalDate to, String reason) implements Serializable {
    }

    @Inject
    DeliveryCalendars calendars;

    @Inject
    DropOffPoints points;

    @Inject
    PointsView page;

    @Inject
    Moments moments;

    @Inject
    UserSession user;

    @Inject
    Clock clock;

    private boolean loaded;
    private List<DeliveryCalendars.Delivery> deliveries;
    private List<Move> moves;
    private LocalDate from;
    private LocalDate to;
    private String reason;

    private void ensureLoaded() {
        if (!loaded) {
            read();
        }
    }

    private void read() {
        long id = page.getId();
        IsoWeek thisWeek = IsoWeek.of(LocalDate.now(clock));
        deliveries = calendars.deliveries(id, thisWeek, thisWeek.plus(WEEKS - 1L));
        DayOfWeek usualDay = points.find(id).deliveryDay();
        moves = calendars.moves(id).stream().filter(m -> m.week().compareTo(thisWeek) >= 0)
                .map(m -> new Move(m.id(), m.week().toString(), m.week().day(usualDay), m.movedTo(), m.reason()))
                .toList();
        loaded = true;
    }

    /** Moves the delivery of the day typed (the usual day of its week) to the other day typed. */
    public void move() {
        Faces.attempt(user.in(Audience.DELIVERY_EDITORS), "moves", () -> {
            DeliveryMove m = calendars.move(page.getId(), from == null ? null : IsoWeek.of(from), to, reason,
                    user.caller());
            Faces.info("points.moved", m.week().toString(), moments.day(m.movedTo()));
            from = null;
            to = null;
            reason = null;
            return null;
        }, null);
        read();
    }

    /** Gives the delivery of that week its usual day again. */
    public void cancel(long moveId) {
        Faces.attempt(user.in(Audience.DELIVERY_EDITORS), "moveList", () -> {
            calendars.cancelMove(page.getId(), moveId);
            Faces.info("points.moveCancelled");
            return null;
        }, null);
        read(); // as it stands now, whether cancelled here or by someone else
    }

    public List<DeliveryCalendars.Delivery> getDeliveries() {
        ensureLoaded();
        return deliveries;
    }

    public List<Move> getMoves() {
        ensureLoaded();
        return moves;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
