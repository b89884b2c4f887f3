package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.Organisation;
import org.sillon.people.entity.Person;

/**
 * Fills the search text of the persons, households and organisations stored before V10, with the same
 * folding the entities apply when they change (SQL's lower/unaccent would not fold exactly alike, and a
 * query folded in Java must meet text folded in Java).
 */
public class V10_1__SearchTextBackfill extends BaseJavaMigration {

    /** The search text of one selected row; column 1 is the id, the others those the select names. */
    private interface Folder {
        String fold(ResultSet row) throws SQLException;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        backfill(context.getConnection());
    }

    /** Sets the search text of every row that has none; returns how many rows it wrote. */
    public static int backfill(Connection c) throws SQLException {
        return fill(c, "person", "first_name, last_name, email, phone, mobile_phone, city, postal_code",
                r -> Person.searchText(r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8)))
                + fill(c, "household", "name", r -> Household.searchText(r.getString(2)))
                + fill(c, "organisation", "name, email, siret, city",
                        r -> Organisation.searchText(r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
    }

    private static int fill(Connection c, String table, String columns, Folder folder) throws SQLException {
        int written = 0;
        try (PreparedStatement select = c.prepareStatement(
                "select id, " + columns + " from " + table + " where search_text is null");
                PreparedStatement update = c.prepareStatement("update " + table + " set search_text = ? where id = ?");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                update.setString(1, folder.fold(rs));
                update.setLong(2, rs.getLong(1));
                update.addBatch();
                written++;
            }
            update.executeBatch();
        }
        return written;
    }
}
