package org.sillon.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The one database. Its address and credentials come from MicroProfile Config (environment variables
 * SILLON_DB_URL, SILLON_DB_USER, SILLON_DB_PASSWORD), so that one war serves the embedded development
 * database, the test database and production.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=sillon.db.url}",
        user = "${MPCONFIG=sillon.db.user}",
        password = "${MPCONFIG=sillon.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        maxIdleTime = 300,
        properties = {"ApplicationName=sillon"})
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/sillon";

    private Database() {
    }
}
