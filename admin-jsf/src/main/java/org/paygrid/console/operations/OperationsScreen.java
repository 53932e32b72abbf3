package org.paygrid.console.operations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.dashboard.boundary.Operations;
import org.paygrid.dashboard.boundary.OperationsView;
import org.paygrid.shared.Mode;
import org.paygrid.shared.time.SeoulTime;

/**
 * The operations screen (every staff role): what the alerts watch, for staff without Grafana, as
 * {@link Operations} reads it; live mode unless test is chosen.
 */
@Named
@ViewScoped
public class OperationsScreen implements Serializable {

    @EJB
    Operations operations;

    @Inject
    StaffSession staff;

    private Mode mode = Mode.LIVE;
    private OperationsView figures;

    @PostConstruct
    void read() {
        refresh();
    }

    public void refresh() {
        staff.actorOn(ConsoleScreen.OPERATIONS);
        figures = ConsoleMessages.attempt(() -> operations.now(mode));
    }

    /** An instant as Asia/Seoul wall time, for the page. */
    public OffsetDateTime seoul(java.time.Instant instant) {
        return instant == null ? null : SeoulTime.of(instant);
    }

    public List<Mode> getModes() {
        return List.of(Mode.values());
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public OperationsView getFigures() {
        return figures;
    }
}
