package org.paygrid.dashboard.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The alerts firing now, or why none can be shown: {@code OK}, {@code NOT_CONFIGURED} (no
 * {@code paygrid.alertmanager.url}) or {@code UNREACHABLE}.
 */
public record FiringAlerts(String state, List<Alert> firing) implements Serializable {

    /** One firing alert: its rule's name, severity and summary, and since when. */
    public record Alert(String name, String severity, String summary, Instant since) implements Serializable {
    }
}
