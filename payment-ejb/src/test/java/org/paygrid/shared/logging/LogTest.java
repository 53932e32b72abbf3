package org.paygrid.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogTest {

    private final List<LogRecord> written = new ArrayList<>();
    private final Logger logger = Logger.getLogger(LogTest.class.getName());
    private final Handler keeper = new Handler() {
        @Override
        public void publish(LogRecord record) {
            written.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(keeper);
        logger.setUseParentHandlers(false);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(keeper);
        logger.setUseParentHandlers(true);
    }

    @Test
    void aLineCarriesTheMerchantAndThePaymentOfItsContextAsFields() {
        try (LogContext.Scope request = LogContext.open()) {
            LogContext.merchant("mer_1");
            LogContext.payment("pay_1");
            Log.of(LogTest.class).warning(() -> "authorize auth_1: no answer");
        }
        LogRecord line = written.get(0);
        assertThat(line.getLevel()).isEqualTo(Level.WARNING);
        assertThat(line.getMessage()).isEqualTo("authorize auth_1: no answer");
        assertThat(line.getSourceClassName()).isEqualTo(LogTest.class.getName());
        assertThat(line.getParameters()).containsExactly(Map.of("merchantId", "mer_1", "paymentKey", "pay_1"));
    }

    @Test
    void aClosedContextLeavesNothingForTheNextWorkOnTheThread() {
        try (LogContext.Scope first = LogContext.open()) {
            LogContext.payment("pay_1");
        }
        try (LogContext.Scope second = LogContext.open()) {
            LogContext.merchant("mer_2");
            Log.of(LogTest.class).info(() -> "second");
        }
        Log.of(LogTest.class).info(() -> "outside");
        assertThat(written.get(0).getParameters()).containsExactly(Map.of("merchantId", "mer_2"));
        assertThat(written.get(1).getParameters()).as("no context, no fields").isNull();
    }

    @Test
    void anInnerContextHidesTheOuterOneUntilItCloses() {
        try (LogContext.Scope outer = LogContext.open()) {
            LogContext.payment("pay_outer");
            try (LogContext.Scope inner = LogContext.open()) {
                LogContext.payment("pay_inner");
                assertThat(LogContext.fields()).containsEntry("paymentKey", "pay_inner");
            }
            assertThat(LogContext.fields()).containsEntry("paymentKey", "pay_outer");
        }
        assertThat(LogContext.fields()).isEmpty();
    }

    @Test
    void aMessageIsBuiltOnlyWhenItsLevelIsOn() {
        logger.setLevel(Level.INFO);
        Log.of(LogTest.class).fine(() -> {
            throw new AssertionError("built although FINE is off");
        }, null);
        assertThat(written).isEmpty();
    }
}
