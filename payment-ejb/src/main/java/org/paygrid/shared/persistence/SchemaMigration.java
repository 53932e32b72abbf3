package org.paygrid.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.paygrid.shared.logging.Log;

/**
 * Applies the Flyway migrations once, when the application starts and before any request is served.
 * Flyway takes a database lock (MariaDB GET_LOCK) for the migration, so two instances starting together
 * apply each migration exactly once. Hibernate never creates or alters the schema.
 */
@Startup
@Singleton
@DependsOn("ProductionSettings")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Log LOG = Log.of(SchemaMigration.class);

    /** The schema owner's pool: the application's own pool (jdbc/paygrid) may not change the schema. */
    @Resource(lookup = "jdbc/paygrid-schema")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("flyway_schema_history")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migration(s) applied now");
    }
}
