package org.paygrid.dashboard.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.paygrid.dashboard.control.AlertFeed;
import org.paygrid.payment.boundary.PaymentFigures;
import org.paygrid.settlement.boundary.SettlementRunView;
import org.paygrid.settlement.boundary.SettlementRuns;
import org.paygrid.shared.Mode;
import org.paygrid.webhook.boundary.WebhookDeliveries;

/**
 * The operations screen's figures (what the alerts watch, for staff without Grafana): the last hour's
 * authorizations and approval rate per method with the network's answer times, the reconciler's queue, the webhook
 * backlog, the last settlement run, and the alerts firing now; each asked of its owner.
 */
@Stateless
public class Operations {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int QUEUE_SHOWN = 10;

    @Inject
    Clock clock;

    @EJB
    PaymentFigures payments;

    @EJB
    WebhookDeliveries deliveries;

    @EJB
    SettlementRuns runs;

    @Inject
    AlertFeed alerts;

    public OperationsView now(Mode mode) {
        Instant now = clock.instant();
        WebhookDeliveries.Backlog backlog = deliveries.backlog(now);
        List<SettlementRunView> last = runs.recent(1);
        return new OperationsView(now, mode, payments.byMethod(mode, now.minus(WINDOW), now),
                payments.unknownOutcomes(), payments.oldestUnknown(QUEUE_SHOWN), backlog.due(),
                backlog.oldestDueAt() == null ? 0 : Duration.between(backlog.oldestDueAt(), now).toSeconds(),
                last.isEmpty() ? null : last.get(0), runs.lastCompleted().orElse(null), alerts.firing());
    }
}
