package org.paygrid.network.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paygrid.network.boundary.PaymentNetwork;

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
}
