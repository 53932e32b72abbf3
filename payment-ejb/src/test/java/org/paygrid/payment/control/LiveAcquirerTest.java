package org.paygrid.payment.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

class LiveAcquirerTest {

    @Test
    void refusesLivePaymentsWithoutARealAcquirerConnector() {
        LiveAcquirer none = acquirer("none");
        assertThatThrownBy(() -> none.requireFor(Mode.LIVE)).isInstanceOf(PaygridException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((PaygridException) e).code())
                        .isEqualTo(ErrorCode.LIVE_ACQUIRER_NOT_CONFIGURED));
        assertThatCode(() -> none.requireFor(Mode.TEST)).doesNotThrowAnyException();
    }

    @Test
    void theDevelopmentProfileLetsTheSimulatorStandIn() {
        assertThatCode(() -> acquirer(LiveAcquirer.SIMULATOR).requireFor(Mode.LIVE)).doesNotThrowAnyException();
    }

    private static LiveAcquirer acquirer(String connector) {
        LiveAcquirer acquirer = new LiveAcquirer();
        acquirer.connector = connector;
        return acquirer;
    }
}
