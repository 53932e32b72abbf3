package org.paygrid.simulator.books;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * The simulator's own database (its books are not the platform's): a pooled MariaDB data source built from
 * configuration, migrated by Flyway when the application starts.
 */
@ApplicationScoped
public class SimulatorDatabase {

    private static final Logger LOG = Logger.getLogger(SimulatorDatabase.class.getName());

    @Inject
    @ConfigProperty(name = "simulator.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "simulator.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "simulator.db.password")
    String password;

    private MariaDbPoolDataSource dataSource;

    void migrateAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        var result = Flyway.configure(getClass().getClassLoader()).dataSource(dataSource())
                .locations("classpath:db/simulator").load().migrate();
        LOG.info(() -> "simulator books at schema version " + result.targetSchemaVersion);
    }

    public synchronized DataSource dataSource() {
        if (dataSource == null) {
            try {
                // the pool opens its connections as soon as it exists: the credentials go in the URL
                String separator = url.contains("?") ? "&" : "?";
                dataSource = new MariaDbPoolDataSource(url + separator + "maxPoolSize=16&createDatabaseIfNotExist=true"
                        + "&user=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot configure the simulator database " + url, e);
            }
        }
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource().getConnection();
    }

    @PreDestroy
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }
}
