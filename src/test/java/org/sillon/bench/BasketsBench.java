package org.sillon.bench;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.ManySubscriptions;
import org.sillon.testing.TestServices;

/**
 * Figures for docs/performance.md, not a test: run with {@code mvn -B verify -Pbench}. An association of its own
 * gets {@code sillon.bench.subscriptions} active subscriptions (default 100,000: one household each, 50 drop-off
 * points, a third with an option, one in ten changed mid-season, one in twenty away this week), written in SQL
 * for speed; then this week's distribution and the twelve weeks' forecast are timed as a client sees them, each
 * beside one plain SQL aggregate over the same tables, run as the application's role (row-level security on). Each
 * answer is read to its last byte and dropped, as curl would: decoding 20 MB into one string cost the bench's own
 * JVM about 400 ms that the server never spent.
 */
@ExtendWith(ArquillianExtension.class)
class BasketsBench {

    private static final int SUBSCRIPTIONS = Integer.getInteger("sillon.bench.subscriptions", 100_000);
    private static final int POINTS = 50;
    /**
     * Calls before the timed ones, as a server that has run for a while answers: after 5, the week still took 920 ms
     * where it takes 500-600 once the JIT has compiled it and the heap, started at 64 MB, has grown.
     */
    private static final int WARM_UPS = 20;
    private static final int ROUNDS = 15;

    @ArquillianResource
    URL base;

    @Test
    void distributionAndForecastAtScale() throws SQLException {
        ManySubscriptions.Garden garden = ManySubscriptions.garden(base, "Jardin du banc d'essai", POINTS);
        Api api = garden.api();
        long association = garden.association();
        long[] points = garden.points();
        LocalDate today = LocalDate.now();
        String week = week(today);
        String first = week(today.minusWeeks(10));
        String change = week(today.plusWeeks(3));
        String last = week(today.plusWeeks(30));
        long started = System.nanoTime();
        ManySubscriptions.write(garden, SUBSCRIPTIONS, first, change, last, week);
        System.out.printf(Locale.ROOT, "BENCH subscriptions=%d written in %.1f s%n", SUBSCRIPTIONS,
                (System.nanoTime() - started) / 1e9);

        double distribution = report("GET /api/v1/distributions/{this week} (JSON, all baskets)", WARM_UPS,
                () -> api.drain("/api/v1/distributions/" + week));
        double aggregate = report("plain SQL: this week's baskets per size", WARM_UPS, () -> plain(association, """
                with p(w) as (select cast(? as varchar))
                select t.size_offer_id, count(*) from p, subscription s
                  join subscription_term t on t.subscription_id = s.id
                 where s.state = 'ACTIVE' and s.first_week <= p.w and s.last_week >= p.w
                   and t.from_week <= p.w and (t.until_week is null or t.until_week > p.w)
                 group by t.size_offer_id""", week));
        System.out.printf(Locale.ROOT, "BENCH the week's distribution / the plain aggregate: %.2f times (aim: 3)%n",
                distribution / aggregate);
        double forecast = report("GET /api/v1/distributions/forecast (12 weeks)", WARM_UPS,
                () -> api.drain("/api/v1/distributions/forecast?from=" + week));
        // 5 warm-ups: each of these takes about 4 s
        double weeks = report("plain SQL: 12 weeks' subscriptions per size", 5, () -> plain(association, """
                with weeks(w) as (select to_char(current_date + 7 * g, 'IYYY-"W"IW') from generate_series(0, 11) g)
                select weeks.w, t.size_offer_id, count(*) from weeks
                  join subscription_term t on t.from_week <= weeks.w and (t.until_week is null or t.until_week > weeks.w)
                  join subscription s on s.id = t.subscription_id and s.state = 'ACTIVE'
                                     and s.first_week <= weeks.w and s.last_week >= weeks.w
                 group by weeks.w, t.size_offer_id""", null));
        System.out.printf(Locale.ROOT, "BENCH the forecast / its plain aggregate: %.2f times (aim: 3)%n",
                forecast / weeks);
        report("GET /api/v1/distributions/{this week}?format=pdf&point= (one sheet)", WARM_UPS,
                () -> api.drain("/api/v1/distributions/" + week + "?format=pdf&point=" + points[0]));
    }

    /** One plain aggregate, as the application's role sees the bench's association (row-level security on). */
    private static void plain(long association, String sql, String week) {
        try (Connection c = DriverManager.getConnection(TestServices.jdbcUrl(), "sillon", "sillon")) {
            c.setAutoCommit(false);
            c.createStatement().execute("select set_config('sillon.association', '" + association + "', true)");
            try (PreparedStatement p = c.prepareStatement(sql)) {
                if (week != null) {
                    p.setString(1, week);
                }
                try (ResultSet rs = p.executeQuery()) {
                    int rows = 0;
                    while (rs.next()) {
                        rows++;
                    }
                    if (rows == 0) {
                        throw new IllegalStateException("no rows: " + sql);
                    }
                }
            }
            c.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Times {@code call} after its warm-ups, prints the figures and answers the median in milliseconds. */
    private static double report(String what, int warmUps, Runnable call) {
        for (int i = 0; i < warmUps; i++) {
            call.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            call.run();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "BENCH %-66s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", what,
                ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)), ms.get(ms.size() - 1));
        return ms.get(ms.size() / 2);
    }
}
