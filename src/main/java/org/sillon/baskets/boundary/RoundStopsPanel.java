package org.sillon.baskets.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;

/** The stops of the round open on the points page, in delivery order; the garden team moves a stop up or down. */
@Named
@ViewScoped
public class RoundStopsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rounds rounds;

    @Inject
    PointsView page;

    @Inject
    UserSession user;

    private List<Rounds.Stop> stops;

    public List<Rounds.Stop> getStops() {
        if (stops == null) {
            stops = rounds.stops(page.getId());
        }
        return stops;
    }

    /**
     * Swaps a household's stop with the one before ({@code -1}) or after ({@code +1}) it, in the order as it stands
     * now rather than as the page last showed it: a stop another editor moved meanwhile keeps their move.
     */
    public void move(long householdId, int step) {
        stops = null; // shown again as the order stands after the move, or after its refusal
        Faces.attempt(user.in(Audience.DELIVERY_EDITORS), "stops", () -> {
            List<Long> order = new ArrayList<>(rounds.stops(page.getId()).stream().map(Rounds.Stop::householdId)
                    .toList());
            int at = order.indexOf(householdId);
            if (at >= 0 && at + step >= 0 && at + step < order.size()) {
                Collections.swap(order, at, at + step);
                rounds.order(page.getId(), order);
                Faces.info("points.stopsSaved");
            }
            return null;
        }, null);
    }
}
