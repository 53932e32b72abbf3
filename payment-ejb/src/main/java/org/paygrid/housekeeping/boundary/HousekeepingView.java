package org.paygrid.housekeeping.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a run is under way on this server, and every retention rule with its last run. */
@Schema(name = "Housekeeping")
@JsonbPropertyOrder({"running", "rules"})
public record HousekeepingView(boolean running, List<RetentionView> rules) {
}
