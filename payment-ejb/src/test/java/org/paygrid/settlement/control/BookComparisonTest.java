package org.paygrid.settlement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paygrid.settlement.control.BookComparison.Kind;
import org.paygrid.settlement.control.BookComparison.Mismatch;
import org.paygrid.settlement.control.BookComparison.Ours;

class BookComparisonTest {

    private static final String FILE = """
            type,reference,cancelReference,amount,approveNo,bookedAt\r
            A,auth_1,,15000,12345678,2026-11-20T01:00:00Z\r
            A,auth_2,,9000,12345679,2026-11-20T02:00:00Z\r
            A,auth_9,,1000,12345670,2026-11-20T03:00:00Z\r
            C,auth_1,txn_1,5000,,2026-11-20T04:00:00Z\r
            T,3,1,20000,,\r
            """;

    @Test
    void reportsEveryKindOfDifferenceOnce() {
        List<Ours> ours = List.of(
                new Ours("auth_1", "auth_1", null, "pay_1", "sale_1", 15_000),
                new Ours("auth_2", "auth_2", null, "pay_2", "sale_2", 9_500),
                new Ours("auth_3", "auth_3", null, "pay_3", "sale_3", 4_000),
                new Ours("txn_1", "auth_1", "txn_1", "pay_1", "txn_1", 5_000));
        assertThat(BookComparison.compare(ours, CaptureFile.parse(FILE).entries())).containsExactlyInAnyOrder(
                new Mismatch(Kind.AMOUNT_DIFFERS, "auth_2", null, "pay_2", "sale_2", 9_500L, 9_000L),
                new Mismatch(Kind.MISSING_AT_NETWORK, "auth_3", null, "pay_3", "sale_3", 4_000L, null),
                new Mismatch(Kind.MISSING_AT_PLATFORM, "auth_9", null, null, null, null, 1_000L));
    }

    @Test
    void refusesAFileWhoseTrailerDoesNotAddUp() {
        assertThatThrownBy(() -> CaptureFile.parse(FILE.replace("T,3,1,20000", "T,3,1,19999")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaptureFile.parse(FILE.substring(0, FILE.indexOf("T,3"))))
                .hasMessageContaining("truncated");
    }
}
