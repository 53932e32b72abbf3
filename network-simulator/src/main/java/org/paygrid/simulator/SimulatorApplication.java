package org.paygrid.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The card network's HTTP interface: authorizations, inquiries, cancels, its books and fault injection. */
@ApplicationPath("/")
@ApplicationScoped
public class SimulatorApplication extends Application {
}
