package org.paygrid.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paygrid.webhook.control.WebhookDestinations.Allowed;
import org.paygrid.webhook.control.WebhookDestinations.Refused;
import org.paygrid.webhook.control.WebhookDestinations.Unresolved;

public class WebhookDestinationsTest {

    public static WebhookDestinations production() {
        return new WebhookDestinations(false, List.of());
    }

    public static WebhookDestinations development(List<Integer> platformPorts) {
        return new WebhookDestinations(true, platformPorts);
    }

    @Test
    void connectsToTheAddressItChecked() throws Exception {
        var destination = production().resolve(URI.create("https://203.0.113.7:8443/hooks"));
        assertThat(destination).isEqualTo(new Allowed(InetAddress.getByName("203.0.113.7"), "203.0.113.7", 8443));
        assertThat(production().resolve(URI.create("http://198.51.100.4/x")))
                .isEqualTo(new Allowed(InetAddress.getByName("198.51.100.4"), "198.51.100.4", 80));
    }

    @Test
    void refusesANameWhenAnyOfItsAddressesIsPrivate() throws Exception {
        InetAddress[] mixed = {InetAddress.getByName("203.0.113.7"), InetAddress.getByName("10.0.0.5")};
        assertThat(WebhookDestinations.judge("hooks.shop.example", 443, mixed, false, Set.of()))
                .isInstanceOf(Refused.class);
    }

    @Test
    void aNameThatDoesNotResolveIsNotJudged() {
        assertThat(production().resolve(URI.create("https://no-such-host.invalid/x"))).isInstanceOf(Unresolved.class);
    }

    @Test
    void knowsThePublicAddressesFromTheReservedOnes() throws Exception {
        for (String reserved : List.of("127.0.0.1", "10.0.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "224.0.0.251", "255.255.255.255", "198.18.0.1", "::1", "fe80::1", "fc00::1",
                "fd12:3456::1", "ff02::1", "::", "::ffff:10.0.0.1", "64:ff9b::a00:1", "::7f00:1",
                "2002:c0a8:101::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "64:ff9b:1::a00:1", "100::1")) {
            assertThat(WebhookDestinations.isPublic(InetAddress.getByName(reserved))).as(reserved).isFalse();
        }
        for (String open : List.of("203.0.113.7", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:db8::1",
                "2606:4700::1111")) {
            assertThat(WebhookDestinations.isPublic(InetAddress.getByName(open))).as(open).isTrue();
        }
    }
}
