package org.paygrid.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void aFailedAttemptIsDueAgainAfterAGrowingWait() {
        OutgoingMail mail = new OutgoingMail("MEMBER_INVITATION", "7", "dev@shop.example", NOW);
        mail.failed("connection refused", NOW);
        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        mail.failed("connection refused", NOW);
        assertThat(mail.dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(mail.attempts()).isEqualTo(2);
    }

    @Test
    void givenUpAfterEveryWaitWasTried() {
        OutgoingMail mail = new OutgoingMail("MEMBER_INVITATION", "7", "dev@shop.example", NOW);
        for (int i = 0; i < OutgoingMail.RETRY_WAITS.size(); i++) {
            mail.failed("550 mailbox unavailable", NOW);
            assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        }
        mail.failed("550 mailbox unavailable", NOW);
        assertThat(mail.status()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.lastError()).isEqualTo("550 mailbox unavailable");
    }

    @Test
    void sentClearsTheLastError() {
        OutgoingMail mail = new OutgoingMail("MERCHANT_REVIEW_DECISION", "3", "owner@shop.example", NOW);
        mail.failed("timeout", NOW);
        mail.sent(NOW.plusSeconds(60));
        assertThat(mail.status()).isEqualTo(MailStatus.SENT);
        assertThat(mail.lastError()).isNull();
        assertThat(mail.attempts()).isEqualTo(2);
    }
}
