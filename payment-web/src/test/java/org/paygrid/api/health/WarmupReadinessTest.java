package org.paygrid.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class WarmupReadinessTest {

    /** A warm-up at a given point: how many of the planned approvals went through, and whether it has ended. */
    private static WarmupReadiness readinessOf(boolean done, int approved, int planned) {
        WarmupReadiness readiness = new WarmupReadiness();
        readiness.warmup = new Warmup() {
            @Override
            public boolean done() {
                return done;
            }

            @Override
            public int approved() {
                return approved;
            }

            @Override
            public int planned() {
                return planned;
            }
        };
        return readiness;
    }

    @Test
    void isNotReadyWhileTheWarmUpRuns() {
        HealthCheckResponse response = readinessOf(false, 1200, 3000).call();
        assertThat(response.getName()).isEqualTo("warm-up");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> {
            assertThat(data).containsEntry("approvals", 1200L).containsEntry("planned", 3000L);
        });
    }

    @Test
    void isReadyOnceTheWarmUpHasEndedEvenShortOfItsPlan() {
        assertThat(readinessOf(true, 3000, 3000).call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        // a warm-up that gave up (the test network down) must not keep the server out of service
        assertThat(readinessOf(true, 40, 3000).call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }
}
