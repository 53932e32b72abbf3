package org.paygrid.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paygrid.support.PaygridIT;
import org.paygrid.support.TestStack;

/**
 * The development stack's conveniences stay on the developer's machine (issue 16): the Payara domain's admin port
 * and the card network simulator listen on loopback only, so another machine on the network reaches neither. Seen
 * from this machine's own network address, which is what another host would connect to.
 */
@PaygridIT
class LoopbackServicesIT {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "simulator"})
    void listensOnLoopbackOnly(String service) throws IOException {
        int port = "admin".equals(service) ? Integer.parseInt(TestStack.require("paygrid.admin.port"))
                : URI.create(TestStack.simulatorUrl()).getPort();
        InetAddress network = networkAddress().orElse(null);
        Assumptions.assumeTrue(network != null, "this machine has no network address besides loopback");

        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
            assertThat(local.isConnected()).isTrue();
        }
        assertThatThrownBy(() -> {
            try (Socket remote = new Socket()) {
                remote.connect(new InetSocketAddress(network, port), 2_000);
            }
        }).as(service + " on " + network.getHostAddress() + ":" + port).isInstanceOf(ConnectException.class);
    }

    private static Optional<InetAddress> networkAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
