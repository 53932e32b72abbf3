package org.paygrid.fds.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptWindowTest {

    private static final Instant T0 = Instant.parse("2026-12-06T00:00:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void attemptsInsideTheWindowCountAndOlderOnesLeaveIt() {
        AttemptWindow window = AttemptWindow.first(T0);
        window = window.add(T0.plusSeconds(60), TEN_MINUTES, 6);
        window = window.add(T0.plusSeconds(120), TEN_MINUTES, 6);
        assertThat(window.count()).isEqualTo(3);
        // ten minutes after the first: it has left (the window is the last ten minutes, its start excluded)
        assertThat(window.add(T0.plus(TEN_MINUTES), TEN_MINUTES, 6).count()).isEqualTo(3);
        assertThat(window.add(T0.plus(TEN_MINUTES).minusMillis(1), TEN_MINUTES, 6).count()).isEqualTo(4);
        assertThat(window.add(T0.plus(Duration.ofHours(1)), TEN_MINUTES, 6).count()).isEqualTo(1);
    }

    @Test
    void itKeepsNoMoreThanItNeedsToTellTheLimitIsPassed() {
        AttemptWindow window = AttemptWindow.first(T0);
        for (int i = 1; i < 50; i++) {
            window = window.add(T0.plusSeconds(i), TEN_MINUTES, 6);
        }
        assertThat(window.count()).isEqualTo(6);
        assertThat(window.attempts()[5]).isEqualTo(T0.plusSeconds(49).toEpochMilli());
        assertThat(window.attempts()[0]).as("the newest kept, oldest first").isEqualTo(T0.plusSeconds(44).toEpochMilli());
    }

    @Test
    void itIsStoredAndReadBackAsIs() {
        AttemptWindow window = AttemptWindow.first(T0).add(T0.plusSeconds(5), TEN_MINUTES, 6);
        assertThat(window.bytes()).hasSize(16);
        assertThat(AttemptWindow.of(window.bytes()).attempts()).containsExactly(window.attempts());
    }
}
