package org.paygrid.dashboard.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.paygrid.payment.boundary.PaymentFigures.MethodFigures;
import org.paygrid.payment.boundary.PaymentFigures.OpenMovement;
import org.paygrid.settlement.boundary.SettlementRunView;
import org.paygrid.shared.Mode;

/** What {@link Operations} read, at {@code at}. */
public record OperationsView(Instant at, Mode mode, List<MethodFigures> lastHour, long unknownOutcomes,
                             List<OpenMovement> oldestUnknown, long webhookBacklog, long oldestDueSeconds,
                             SettlementRunView lastRun, SettlementRunView lastCompletedRun, FiringAlerts alerts)
        implements Serializable {
}
