package org.paygrid.merchant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

class MerchantProfileTest {

    @Test
    void keepsTextExactlyAsSentAndTreatsEmptyOptionalFieldsAsAbsent() {
        MerchantProfile profile = MerchantProfile.of("  Hanbit Books ", "1234567891", " Kim ", "a@b.kr", "", null);
        assertThat(profile.name()).isEqualTo("  Hanbit Books ");
        assertThat(profile.representative()).isEqualTo(" Kim ");
        assertThat(profile.businessNumber().formatted()).isEqualTo("123-45-67891");
        assertThat(profile.phone()).isNull();
        assertThat(profile.websiteUrl()).isNull();
        assertInvalid(() -> MerchantProfile.of("Hanbit\r\nBooks", "1234567891", "Kim", "a@b.kr", null, null),
                "name: must not contain a control character (U+000D)");
        assertInvalid(() -> MerchantProfile.of("Hanbit \u202EskooB", "1234567891", "Kim", "a@b.kr", null, null),
                "name: must not contain bidirectional control characters");
    }

    @Test
    void namesTheMissingOrMalformedField() {
        assertInvalid(() -> MerchantProfile.of(null, "1234567891", "Kim", "a@b.kr", null, null), "name: is required");
        assertInvalid(() -> MerchantProfile.of("Shop", null, "Kim", "a@b.kr", null, null), "businessNumber: is required");
        assertInvalid(() -> MerchantProfile.of("Shop", "1234567891", "Kim", "not-an-email", null, null), "email:");
        assertInvalid(() -> MerchantProfile.of("x".repeat(101), "1234567891", "Kim", "a@b.kr", null, null),
                "name: must be at most 100");
        assertInvalid(() -> MerchantProfile.of("Shop", "1234567891", "Kim", "a@b.kr", null, "ftp://x"), "websiteUrl:");
        assertInvalid(() -> MerchantProfile.of("Shop", "1234567891", "Kim", "a@b.kr", "call me", null), "phone:");
    }

    private static void assertInvalid(Runnable build, String message) {
        assertThatThrownBy(build::run).isInstanceOf(PaygridException.class).hasMessageStartingWith(message)
                .extracting(e -> ((PaygridException) e).code()).isEqualTo(ErrorCode.INVALID_REQUEST);
    }
}
