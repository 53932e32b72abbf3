package org.paygrid.fds.boundary;

import jakarta.json.JsonArray;
import java.time.OffsetDateTime;
import org.paygrid.fds.entity.Screening;
import org.paygrid.shared.json.JsonObjects;
import org.paygrid.shared.time.SeoulTime;

/** Why a payment was decided as it was: what the screen saw, and every rule that fired with its inputs. */
public record ScreeningView(String paymentKey, String decision, String method, long amount, String cardBin,
                            String customerEmail, String customerIp, JsonArray fired, OffsetDateTime screenedAt) {

    static ScreeningView of(Screening s) {
        return new ScreeningView(s.paymentKey(), s.decision().name(), s.method(), s.amount(), s.cardBin(),
                s.customerEmail(), s.customerIp(),
                JsonObjects.parseArray(s.fired()),
                SeoulTime.of(s.screenedAt()));
    }
}
