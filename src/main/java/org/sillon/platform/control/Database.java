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
        // a pooled connection is checked before it is handed out (JDBC isValid: an empty query, one round trip),
        // and one found dead empties the pool: after a database restart, a network cut or a JVM that ran out of
        // memory, requests get fresh connections instead of failing one by one on stale ones
        // a JDBC batch of inserts goes as multi-row INSERTs (its row counts then read SUCCESS_NO_INFO, which
        // EclipseLink only checks for versioned updates and deletes, never rewritten)
        properties = {"ApplicationName=sillon", "reWriteBatchedInserts=true",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/sillon";

    private Database() {
    }
}
