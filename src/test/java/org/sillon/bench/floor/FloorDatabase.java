package org.sillon.bench.floor;

import jakarta.annotation.sql.DataSourceDefinition;

/** The floor's database, with Sillon's pool settings: a connection checked at each checkout among them. */
@DataSourceDefinition(
        name = FloorDatabase.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=sillon.db.url}",
        user = "${MPCONFIG=sillon.db.user}",
        password = "${MPCONFIG=sillon.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        maxIdleTime = 300,
        properties = {"ApplicationName=floor", "reWriteBatchedInserts=true",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})
public class FloorDatabase {

    static final String JNDI_NAME = "java:app/jdbc/floor";

    private FloorDatabase() {
    }
}
