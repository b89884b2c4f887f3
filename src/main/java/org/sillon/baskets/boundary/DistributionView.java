package org.sillon.baskets.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sillon.baskets.boundary.Distributions.Distribution;
import org.sillon.baskets.entity.HandoverOutcome;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.entity.IsoWeek;

/** The week's distribution page: a week's baskets per drop-off point, its totals, and its sheets to print. */
@Named
@ViewScoped
public class DistributionView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#386641", "#6a994e", "#a7c957", "#bc4749", "#f2e8cf"};

    @Inject
    Distributions distributions;

    @Inject
    UserSession user;

    @Inject
    Clock clock;


    private String weekText;
    private IsoWeek week;
    private Distribution distribution;

    /** Reads the week asked for ({@code ?week=2026-W49}), this week when none; a malformed one says so. */
    public void load() {
        week = WeekParameter.read(weekText, clock);
        weekText = week.toString();
        distribution = distributions.of(week);
    }

    /** Goes to the week typed in the field (this week when it is left empty); a malformed one is said there. */
    public String go() {
        return WeekParameter.go("/baskets/distribution", weekText);
    }

    /**
     * A Chart.js stacked bar chart of the baskets per size over the twelve weeks from the one shown, as PrimeFaces'
     * p:chart takes it: what the garden plans its sowing and harvests by.
     */
    public String getForecastChart() {
        List<Distributions.WeekForecast> weeks = distributions.forecast(week, Distributions.FORECAST_WEEKS);
        Map<String, JsonArrayBuilder> bySize = new LinkedHashMap<>();
        weeks.forEach(w -> w.totals().stream().filter(t -> t.kind() == OfferKind.SIZE)
                .forEach(t -> bySize.computeIfAbsent(t.offer(), k -> Json.createArrayBuilder())));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (Distributions.WeekForecast w : weeks) {
            labels.add(w.week().substring(5) + (w.closed() ? " ✕" : ""));
            bySize.forEach((size, data) -> data.add(w.totals().stream().filter(t -> t.offer().equals(size))
                    .mapToLong(Distributions.Total::quantity).sum()));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, JsonArrayBuilder> e : bySize.entrySet()) {
            datasets.add(Json.createObjectBuilder().add("label", e.getKey())
                    .add("backgroundColor", COLOURS[i++ % COLOURS.length]).add("data", e.getValue()));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true))))
                .build().toString();
    }

    /** Whether the point's baskets can be marked: its delivery day has come. */
    public boolean markable(Distributions.PointSheet point) {
        return point.day() != null && !point.day().isAfter(LocalDate.now(clock));
    }

    /** Marks a basket as the person holding the point sees it go, then shows the week again. */
    public void mark(long subscriptionId, String outcome) {
        try {
            distributions.mark(week, subscriptionId, HandoverOutcome.valueOf(outcome), user.caller());
        } catch (ProblemException refused) {
            Faces.show(refused, "sheets");
        }
        distribution = distributions.of(week);
    }

    public Distribution getDistribution() {
        return distribution;
    }

    public IsoWeek getWeek() {
        return week;
    }

    public String getPrevious() {
        return week.plus(-1).toString();
    }

    public String getNext() {
        return week.plus(1).toString();
    }

    public boolean isThisWeek() {
        return week.equals(IsoWeek.of(LocalDate.now(clock)));
    }

    /** The printed sheets of the week, or of one drop-off point, in the page's language. */
    public String sheet(String format, Long pointId) {
        return "api/v1/distributions/" + week + "?format=" + format + "&lang=" + user.getLanguage()
                + (pointId == null ? "" : "&point=" + pointId);
    }

    public String getWeekText() {
        return weekText;
    }

    public void setWeekText(String weekText) {
        this.weekText = weekText;
    }
}
