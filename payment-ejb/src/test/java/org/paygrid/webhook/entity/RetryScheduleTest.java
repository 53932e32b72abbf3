package org.paygrid.webhook.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void theDefaultMakesEightAttemptsOverMoreThanADay() {
        RetrySchedule schedule = RetrySchedule.parse(RetrySchedule.DEFAULT);
        assertThat(schedule.maxAttempts()).isEqualTo(8);
        assertThat(schedule.span()).isEqualTo(Duration.ofHours(27).plusMinutes(36));
        assertThat(schedule.meetsContract()).isTrue();
        assertThat(schedule.firstWait()).isZero();
    }

    @Test
    void eachEntryIsTheWaitBeforeTheNextAttemptAndThenThereIsNone() {
        RetrySchedule schedule = RetrySchedule.parse("PT0S, PT1S ,PT2S");
        assertThat(schedule.waitAfter(1)).contains(Duration.ofSeconds(1));
        assertThat(schedule.waitAfter(2)).contains(Duration.ofSeconds(2));
        assertThat(schedule.waitAfter(3)).isEmpty();
    }

    @Test
    void theTestStacksScheduleIsShortAndSaysSo() {
        RetrySchedule schedule = RetrySchedule.parse("PT0S,PT1S,PT2S,PT4S,PT8S,PT16S,PT32S");
        assertThat(schedule.maxAttempts()).isEqualTo(7);
        assertThat(schedule.span()).isEqualTo(Duration.ofSeconds(63));
        assertThat(schedule.meetsContract()).isFalse();
    }

    @Test
    void sevenAttemptsOverExactly24HoursMeetTheContract() {
        assertThat(RetrySchedule.parse("PT0S,PT4H,PT4H,PT4H,PT4H,PT4H,PT4H").meetsContract()).isTrue();
        assertThat(RetrySchedule.parse("PT0S,PT4H,PT4H,PT4H,PT4H,PT4H,PT3H59M").meetsContract()).isFalse();
        assertThat(RetrySchedule.parse("PT0S,PT24H").meetsContract()).isFalse();
    }

    @Test
    void refusesMalformedEmptyAndNegativeSchedules() {
        assertThatThrownBy(() -> RetrySchedule.parse("PT0S,5 minutes")).hasMessageContaining("5 minutes");
        assertThatThrownBy(() -> RetrySchedule.parse(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetrySchedule.parse("PT0S,,PT1M")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetrySchedule.parse("PT0S,-PT1M")).hasMessageContaining("negative");
    }
}
