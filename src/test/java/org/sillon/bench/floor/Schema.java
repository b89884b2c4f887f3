package org.sillon.bench.floor;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sillon.platform.control.Database;

/** Migrates the floor's schema at start, before the first request, as Sillon's SchemaMigration does. */
@ApplicationScoped
public class Schema {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object unused) {
        Flyway.configure(Schema.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:org/sillon/bench/floor/migration").load().migrate();
    }
}
