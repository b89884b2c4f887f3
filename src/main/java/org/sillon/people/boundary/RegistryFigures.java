package org.sillon.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sillon.platform.boundary.Faces;

/** The registry's figures on the home page: households, persons, organisations, newcomers, a chart by month. */
@Named("registryFigures")
@RequestScoped
public class RegistryFigures {

    private static final int MONTHS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Persons persons;

    @Inject
    Households households;

    @Inject
    Organisations organisations;

    private Map<YearMonth, Long> byMonth;

    public long getHouseholds() {
        return households.count();
    }

    public long getPersons() {
        return persons.count();
    }

    public long getOrganisations() {
        return organisations.count();
    }

    public long getNewThisMonth() {
        return byMonth().getOrDefault(YearMonth.now(clock), 0L);
    }

    /** A Chart.js bar chart of new persons over the last twelve months, as PrimeFaces' p:chart takes it. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        byMonth().forEach((month, count) -> {
            labels.add(month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear() % 100);
            data.add(count);
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Faces.text("home.chart"))
                                .add("backgroundColor", "#6a994e")
                                .add("data", data))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    private Map<YearMonth, Long> byMonth() {
        if (byMonth == null) {
            ZoneId zone = clock.getZone();
            YearMonth current = YearMonth.now(clock);
            YearMonth first = current.minusMonths(MONTHS - 1L);
            byMonth = new LinkedHashMap<>();
            for (int i = 0; i < MONTHS; i++) {
                byMonth.put(first.plusMonths(i), 0L);
            }
            LocalDate start = first.atDay(1);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select to_char(created_at at time zone ?1, 'YYYY-MM'), count(*)
                      from person where created_at >= ?2 group by 1""")
                    .setParameter(1, zone.getId())
                    .setParameter(2, java.sql.Timestamp.from(start.atStartOfDay(zone).toInstant()))
                    .getResultList();
            for (Object[] row : rows) {
                byMonth.computeIfPresent(YearMonth.parse((String) row[0]), (k, v) -> ((Number) row[1]).longValue());
            }
        }
        return byMonth;
    }
}
