package org.paygrid.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

class InstallmentsTest {

    @Test
    void lumpSumByDefaultAndInstallmentsFromFiftyThousandWon() {
        assertThat(Installments.require(null, 1_000)).isZero();
        assertThat(Installments.require(1, 1_000)).isZero();
        assertThat(Installments.require(3, 50_000)).isEqualTo(3);
        assertThat(Installments.require(12, 1_000_000)).isEqualTo(12);
    }

    @Test
    void refusesInstallmentsUnderFiftyThousandOrBeyondTwelveMonths() {
        assertThatThrownBy(() -> Installments.require(3, 49_999))
                .extracting(e -> ((PaygridException) e).code()).isEqualTo(ErrorCode.INVALID_INSTALLMENT);
        assertThatThrownBy(() -> Installments.require(13, 100_000))
                .extracting(e -> ((PaygridException) e).code()).isEqualTo(ErrorCode.INVALID_INSTALLMENT);
    }
}
