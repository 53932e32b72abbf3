package org.paygrid.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final ClientAddress BEHIND_THE_PROXY = ClientAddress.trusting("10.89.0.10/32, fd00:89::/64");

    @Test
    void withoutTrustedProxiesTheConnectionIsTheClientWhateverTheHeaderSays() {
        assertThat(ClientAddress.trusting("").of("198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.trusting(null).of("198.51.100.7", null)).isEqualTo("198.51.100.7");
    }

    @Test
    void behindTheProxyTheClientIsTheAddressTheProxySaw() {
        assertThat(BEHIND_THE_PROXY.of("10.89.0.10", "203.0.113.9")).isEqualTo("203.0.113.9");
        // nginx appends to what the client sent: the client's own claim, on the left, is not believed
        assertThat(BEHIND_THE_PROXY.of("10.89.0.10", "1.2.3.4, 203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(BEHIND_THE_PROXY.of("fd00:89::2", "2001:db8::5")).isEqualTo("2001:db8::5");
    }

    @Test
    void aConnectionFromAnywhereElseCannotChooseItsAddress() {
        assertThat(BEHIND_THE_PROXY.of("198.51.100.7", "10.89.0.10, 203.0.113.9")).isEqualTo("198.51.100.7");
        assertThat(BEHIND_THE_PROXY.of("10.89.0.11", "203.0.113.9")).isEqualTo("10.89.0.11");
    }

    @Test
    void trustedHopsAreSkippedAndAMalformedHopEndsTheSearch() {
        ClientAddress twoProxies = ClientAddress.trusting("10.89.0.0/24");
        assertThat(twoProxies.of("10.89.0.10", "203.0.113.9, 10.89.0.20")).isEqualTo("203.0.113.9");
        assertThat(twoProxies.of("10.89.0.10", "10.89.0.30, 10.89.0.20")).isEqualTo("10.89.0.10");
        assertThat(twoProxies.of("10.89.0.10", "203.0.113.9, evil.example")).isEqualTo("10.89.0.10");
        assertThat(twoProxies.of("10.89.0.10", "")).isEqualTo("10.89.0.10");
    }

    @Test
    void refusesASettingThatIsNoCidrBlock() {
        assertThatThrownBy(() -> ClientAddress.trusting("proxy.internal/32")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientAddress.trusting("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
