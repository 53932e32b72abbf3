package org.paygrid.console.fds;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.paygrid.fds.boundary.ScreeningView;

/** One screened charge in the decisions log: the decision, what the screen saw, and the rules that fired. */
public record DecisionRow(String paymentKey, String decision, String method, long amount, String cardBin,
                          String customerEmail, String customerIp, List<FiredRule> fired, OffsetDateTime screenedAt)
        implements Serializable {

    static DecisionRow of(ScreeningView s) {
        return new DecisionRow(s.paymentKey(), s.decision(), s.method(), s.amount(), s.cardBin(), s.customerEmail(),
                s.customerIp(), FiredRule.of(s.fired()), s.screenedAt());
    }
}
