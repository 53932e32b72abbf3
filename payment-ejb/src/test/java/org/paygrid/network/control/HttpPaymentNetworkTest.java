package org.paygrid.network.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paygrid.network.boundary.PaymentNetwork;
import org.paygrid.network.entity.Channel;

class HttpPaymentNetworkTest {

    @Test
    void anApprovalIsReadFromItsAnswer() {
        var outcome = HttpPaymentNetwork.authorizationOutcome(new NetworkHttp.Reply(200,
                "{\"approveNo\": \"00012345\", \"issuerCode\": \"41\", \"amount\": 15000}"));
        assertThat(outcome).isInstanceOf(PaymentNetwork.Approved.class);
        assertThat(((PaymentNetwork.Approved) outcome).approveNo()).isEqualTo("00012345");
    }

    @Test
    void aTwoHundredWithoutAnApprovalIsAnUnknownOutcomeNotAnError() {
        // seen by the crash tests while the simulator restarted: an empty 200 made the key-in answer 500
        for (String body : new String[] {"", "{}", "<html>starting</html>", "{\"approveNo\": \"1\"}"}) {
            assertThat(HttpPaymentNetwork.authorizationOutcome(new NetworkHttp.Reply(200, body)))
                    .as(body).isInstanceOf(PaymentNetwork.Unknown.class);
        }
    }

    @Test
    void aReversedAttemptFailedWithNothingCharged() {
        var refused = HttpPaymentNetwork.authorizationOutcome(new NetworkHttp.Reply(409,
                "{\"code\": \"REVERSED\", \"message\": \"reversed before it arrived\"}"));
        assertThat(refused).isEqualTo(new PaymentNetwork.Failed("ACQUIRER_TIMEOUT", "The network never received the "
                + "authorization in time; it is reversed there and refused if it arrives"));
        var reused = HttpPaymentNetwork.authorizationOutcome(new NetworkHttp.Reply(409,
                "{\"code\": \"REFERENCE_REUSED\", \"message\": \"used\"}"));
        assertThat(reused).isEqualTo(new PaymentNetwork.Failed("REFERENCE_REUSED", "used"));
    }

    @Test
    void aReversalIsAnsweredByWhatTheBooksHoldUnderTheReference() {
        assertThat(HttpPaymentNetwork.bookedOutcome(Channel.CARD, json("{\"status\": \"REVERSED\", \"amount\": 5000}")))
                .isInstanceOf(PaymentNetwork.Failed.class)
                .extracting(o -> ((PaymentNetwork.Failed) o).code()).isEqualTo("ACQUIRER_TIMEOUT");
        assertThat(HttpPaymentNetwork.bookedOutcome(Channel.EASY_PAY,
                json("{\"status\": \"APPROVED\", \"approveNo\": \"00000001\", \"amount\": 5000}")))
                .isInstanceOf(PaymentNetwork.Approved.class);
        assertThat(HttpPaymentNetwork.bookedOutcome(Channel.CARD,
                json("{\"status\": \"DECLINED\", \"declineCode\": \"NOT_ENOUGH_BALANCE\"}")))
                .isEqualTo(new PaymentNetwork.Declined("NOT_ENOUGH_BALANCE", "Declined by the card company"));
        assertThat(HttpPaymentNetwork.bookedOutcome(Channel.CARD, json("{\"status\": \"SOMETHING\"}")))
                .isInstanceOf(PaymentNetwork.Unknown.class);
    }

    private static jakarta.json.JsonObject json(String body) {
        return new NetworkHttp.Reply(200, body).json();
    }
}
