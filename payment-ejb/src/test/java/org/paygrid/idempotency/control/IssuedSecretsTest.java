package org.paygrid.idempotency.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IssuedSecretsTest {

    @Test
    void masksSecretKeysAndWebhookSecretsAsTheirReadsDo() {
        String answer = """
                {"id":"mer_1","keys":{"test":{"clientKey":"ck_test_Ab12Cd34Ef56Gh78Ij90Kl12","secretKey":"sk_test_Zy98Xw76Vu54Ts32Rq10PoNm"},\
                "live":{"secretKey":"sk_live_Qw12Er34Ty56Ui78Op90AsDf"}},"secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}""";
        String stored = new String(IssuedSecrets.masked(answer.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain("Zy98Xw76Vu54Ts32Rq10PoNm", "Qw12Er34Ty56Ui78Op90AsDf",
                        "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                .contains("\"secretKey\":\"sk_test_…PoNm\"", "\"secretKey\":\"sk_live_…AsDf\"",
                        "\"secret\":\"whsec_MfKQ…\"")
                // the client key is public: it stays whole
                .contains("ck_test_Ab12Cd34Ef56Gh78Ij90Kl12");
    }

    @Test
    void leavesAnswersWithoutSecretsByteForByte() {
        byte[] answer = "{\"paymentKey\":\"pay_x\",\"orderName\":\"sk_test_ is not a key\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(IssuedSecrets.masked(answer)).isSameAs(answer);
        assertThat(IssuedSecrets.masked(new byte[0])).isEmpty();
    }
}
