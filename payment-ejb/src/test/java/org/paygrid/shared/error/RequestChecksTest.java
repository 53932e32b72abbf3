package org.paygrid.shared.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestChecksTest {

    @Test
    void aPageLimitIs1To100And20WhenAbsent() {
        assertThat(RequestChecks.pageLimit(null)).isEqualTo(20);
        assertThat(RequestChecks.pageLimit(" ")).isEqualTo(20);
        assertThat(RequestChecks.pageLimit("1")).isEqualTo(1);
        assertThat(RequestChecks.pageLimit("100")).isEqualTo(100);
        for (String bad : new String[] {"0", "101", "-1", "ten", "1.5"}) {
            assertThatThrownBy(() -> RequestChecks.pageLimit(bad)).as(bad).isInstanceOf(PaygridException.class)
                    .hasMessageStartingWith("limit:");
        }
    }
}
