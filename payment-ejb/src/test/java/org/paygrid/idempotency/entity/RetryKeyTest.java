package org.paygrid.idempotency.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RetryKeyTest {

    @Test
    void theKeyIsStoredAsItsSha256() {
        assertThat(RetryKey.ofHeader("abc").hash())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(RetryKey.ofHeader("주문-1")).isEqualTo(RetryKey.ofHeader("주문-1"))
                .isNotEqualTo(RetryKey.ofHeader("주문-2"));
    }

    @Test
    void aRequestWithoutAKeyHasNoRetryKey() {
        assertThat(RetryKey.ofHeader(null)).isNull();
        assertThat(RetryKey.ofHeader("")).isNull();
    }

    @Test
    void onlyAHexSha256IsARetryKey() {
        assertThatThrownBy(() -> new RetryKey("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryKey(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
