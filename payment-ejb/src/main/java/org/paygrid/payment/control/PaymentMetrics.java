package org.paygrid.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.paygrid.network.boundary.PaymentNetwork;
import org.paygrid.network.boundary.PaymentNetwork.AuthorizationOutcome;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.shared.Mode;
import org.paygrid.shared.metrics.Meters;

/**
 * What payment reports (docs/operations.md, "Metrics"): every payment attempt by method, mode and outcome
 * ({@code approved}, {@code declined}, {@code aborted}: refused by fraud detection or failed at the network,
 * {@code unknown}: no answer, left to the reconciler), declines by the network's code, the end-to-end time of an
 * attempt that reached the network, and cancels by kind with their time.
 */
@ApplicationScoped
public class PaymentMetrics {

    static final String ATTEMPTS = "paygrid.payment.attempts";
    static final String DECLINES = "paygrid.payment.declines";
    static final String APPROVAL_TIME = "paygrid.payment.approval";
    static final String CANCELS = "paygrid.cancels";
    static final String CANCEL_TIME = "paygrid.cancel";

    @Inject
    Meters meters;

    /** An attempt the network answered (or did not), {@code startedNanos} from when the request reached payment. */
    public void attempt(PaymentMethod method, Mode mode, AuthorizationOutcome outcome, long startedNanos) {
        meters.time(APPROVAL_TIME, System.nanoTime() - startedNanos);
        String kind = outcome instanceof PaymentNetwork.Approved ? "approved"
                : outcome instanceof PaymentNetwork.Declined ? "declined"
                : outcome instanceof PaymentNetwork.Failed ? "aborted" : "unknown";
        meters.count(ATTEMPTS, "method", method.name(), "mode", mode.name(), "outcome", kind);
        if (outcome instanceof PaymentNetwork.Declined declined) {
            meters.count(DECLINES, "method", method.name(), "code", declined.code());
        }
    }

    /** An attempt refused before the network (fraud detection's block). */
    public void blocked(PaymentMethod method, Mode mode) {
        meters.count(ATTEMPTS, "method", method.name(), "mode", mode.name(), "outcome", "aborted");
    }

    /** A cancel booked: full, partial or the refund of a deposited virtual account. */
    public void cancel(PaymentMethod method, Mode mode, PaymentStatus after, long startedNanos) {
        String kind = method == PaymentMethod.VIRTUAL_ACCOUNT ? "virtual-account-refund"
                : after == PaymentStatus.CANCELED ? "full" : "partial";
        meters.count(CANCELS, "method", method.name(), "mode", mode.name(), "kind", kind);
        meters.time(CANCEL_TIME, System.nanoTime() - startedNanos, "kind", kind);
    }
}
