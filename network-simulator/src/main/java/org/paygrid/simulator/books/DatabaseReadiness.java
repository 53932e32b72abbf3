package org.paygrid.simulator.books;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The simulator is ready while it can reach its books. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SimulatorDatabase database;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = database.connection()) {
            return HealthCheckResponse.named("simulator-database").status(connection.isValid(2)).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("simulator-database").down().build();
        }
    }
}
