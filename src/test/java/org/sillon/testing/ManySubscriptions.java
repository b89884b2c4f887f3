package org.sillon.testing;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Many active subscriptions written in SQL for one association, for what the API would take minutes to build: one
 * household each ("Foyer 1", "Foyer 2"...), ids from {@link #OFFSET} on, spread over the garden's drop-off points and
 * sizes (the second size twice as often), a third with the option, one in ten changing to the last size from
 * {@code change} on, one in twenty away with its basket credited in {@code away}.
 */
public final class ManySubscriptions {

    /** The first id of the households, subscriptions and terms written, far beyond what the API hands out. */
    public static final long OFFSET = 50_000_000L;

    private ManySubscriptions() {
    }

    /** An association of its own, its administrator's API, three sizes, an option and its drop-off points. */
    public record Garden(Api api, long association, long[] sizes, long option, long[] points) {
    }

    /**
     * A new association named {@code name}, made through the API with sizes "Taille 0" to "Taille 2", the option
     * "Œufs" and {@code points} drop-off points "Dépôt 0"... of 10,000 places each, delivered on Thursday.
     */
    public static Garden garden(URL base, String name, int points) {
        Api api = Staff.newAssociation(Api.at(base), base, name);
        long association = api.get("/api/v1/association").json().getJsonNumber("id").longValue();
        long[] sizes = new long[3];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = api.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Taille " + i)).id();
        }
        long option = api.post("/api/v1/offers", Api.json("kind", "OPTION", "name", "Œufs")).id();
        long[] ids = new long[points];
        for (int i = 0; i < points; i++) {
            ids[i] = api.post("/api/v1/drop-off-points", Api.json("name", "Dépôt " + i, "deliveryDay", "THURSDAY",
                    "capacity", 10_000)).id();
        }
        return new Garden(api, association, sizes, option, ids);
    }

    /** Subscription {@code i} (from 1) is at point {@code points[i % points.length]}. */
    public static void write(Garden garden, int count, String first, String change, String last, String away)
            throws SQLException {
        long association = garden.association();
        long[] sizes = garden.sizes();
        long[] points = garden.points();
        long option = garden.option();
        try (Connection c = TestServices.jdbc(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('sillon.association', '" + association + "', true)");
            s.execute("insert into household (id, association_id, name, created_at, version, status, search_text)"
                    + " select " + OFFSET + " + i, " + association + ", 'Foyer ' || i, now(), 1, 'ACTIVE', 'foyer ' || i"
                    + " from generate_series(1, " + count + ") i");
            s.execute("insert into subscription (id, association_id, household_id, state, first_week, last_week,"
                    + " requested_at, requested_by, version) select " + OFFSET + " + i, " + association + ", "
                    + OFFSET + " + i, 'ACTIVE', '" + first + "', '" + last + "', now(), 'bench', 1"
                    + " from generate_series(1, " + count + ") i");
            String size = "(array[" + sizes[0] + ", " + sizes[1] + ", " + sizes[1] + ", " + sizes[2] + "])[1 + i % 4]";
            String point = "(array" + Arrays.toString(points) + ")[1 + i % " + points.length + "]";
            s.execute("insert into subscription_term (id, association_id, subscription_id, from_week, size_offer_id,"
                    + " drop_off_point_id, recorded_at, recorded_by) select " + OFFSET + " + i, " + association + ", "
                    + OFFSET + " + i, '" + first + "', " + size + ", " + point + ", now(), 'bench'"
                    + " from generate_series(1, " + count + ") i");
            s.execute("insert into subscription_term (id, association_id, subscription_id, from_week, size_offer_id,"
                    + " drop_off_point_id, recorded_at, recorded_by) select " + (OFFSET * 2) + " + i, " + association
                    + ", " + OFFSET + " + i, '" + change + "', " + sizes[2] + ", " + point + ", now(), 'bench'"
                    + " from generate_series(1, " + count + ") i where i % 10 = 0");
            s.execute("update subscription_term set until_week = '" + change + "' where id between " + OFFSET
                    + " and " + (OFFSET + count) + " and (id - " + OFFSET + ") % 10 = 0");
            s.execute("insert into subscription_term_option (association_id, term_id, offer_id) select " + association
                    + ", " + OFFSET + " + i, " + option + " from generate_series(1, " + count + ") i where i % 3 = 0");
            try (PreparedStatement p = c.prepareStatement("insert into absence (id, association_id, subscription_id,"
                    + " iso_week, handling, recorded_at, recorded_by) select " + OFFSET + " + i, ?, " + OFFSET
                    + " + i, ?, 'CREDIT', now(), 'bench' from generate_series(1, ?) i where i % 20 = 7")) {
                p.setLong(1, association);
                p.setString(2, away);
                p.setInt(3, count);
                p.execute();
            }
            c.commit();
            c.setAutoCommit(true);
            for (String table : List.of("household", "subscription", "subscription_term", "subscription_term_option",
                    "absence")) {
                s.execute("analyze " + table);
            }
        }
    }
}
