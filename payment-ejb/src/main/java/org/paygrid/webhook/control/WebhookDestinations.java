package org.paygrid.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a webhook may go (contract section 7): only to addresses that reach the merchant. A host name is resolved
 * here, and every address it resolves to must be public: loopback, link-local, private, unique-local, multicast,
 * unspecified and other reserved addresses are refused. The same check runs at registration and before each
 * attempt, and the attempt connects to the address checked here (no second lookup, so no DNS rebinding). The one
 * exception, development only: loopback receivers on a port that is not the platform's own.
 */
@ApplicationScoped
public class WebhookDestinations {

    @Inject
    @ConfigProperty(name = "paygrid.webhook.loopback-receivers", defaultValue = "false")
    boolean loopbackReceivers;

    /** Comma-separated; a String because Payara's config injection cannot give an Optional of a List. */
    @Inject
    @ConfigProperty(name = "paygrid.webhook.platform-ports")
    Optional<String> platformPorts;

    /** The address to connect to, or why there is none. */
    public sealed interface Destination {
    }

    public record Allowed(InetAddress address, String host, int port) implements Destination {
    }

    public record Refused(String reason) implements Destination {
    }

    /** The host does not resolve now: nothing to judge (registration accepts it; an attempt fails). */
    public record Unresolved(String reason) implements Destination {
    }

    public WebhookDestinations() {
    }

    /** Settings given directly (tests). */
    WebhookDestinations(boolean loopbackReceivers, List<Integer> platformPorts) {
        this.loopbackReceivers = loopbackReceivers;
        this.platformPorts = Optional.of(String.join(",", platformPorts.stream().map(String::valueOf).toList()));
    }

    public Destination resolve(URI url) {
        int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return resolve(url.getHost(), port);
    }

    /** The host (a name or a literal, IPv6 in brackets or not) on this port. */
    public Destination resolve(String host, int port) {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            // *.localhost is loopback by definition (RFC 6761), whether or not this machine's resolver says so
            addresses = name.toLowerCase(java.util.Locale.ROOT).endsWith(".localhost")
                    ? new InetAddress[] {InetAddress.getLoopbackAddress()} : InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            return new Unresolved(name + " does not resolve");
        }
        return judge(name, port, addresses, loopbackReceivers, platformPorts.stream()
                .flatMap(ports -> Arrays.stream(ports.split("\\s*,\\s*"))).filter(p -> !p.isBlank())
                .map(Integer::valueOf).collect(Collectors.toSet()));
    }

    /** Every address must be allowed; the first is the one connected to. */
    static Destination judge(String host, int port, InetAddress[] addresses, boolean loopbackReceivers,
                             Set<Integer> platformPorts) {
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() && loopbackReceivers) {
                if (platformPorts.contains(port)) {
                    return new Refused(host + ":" + port + " is one of the platform's own services");
                }
            } else if (!isPublic(address)) {
                return new Refused(host + " resolves to " + address.getHostAddress()
                        + ", a loopback, link-local, private, multicast or reserved address");
            }
        }
        return new Allowed(addresses[0], host, port);
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] a = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = a[0] & 0xff;
            int second = a[1] & 0xff;
            return first != 0                                       // 0.0.0.0/8 "this network"
                    && !(first == 100 && (second & 0xc0) == 64)       // 100.64.0.0/10 carrier-grade NAT
                    && !(first == 192 && second == 0 && (a[2] & 0xff) == 0)   // 192.0.0.0/24 protocol assignments
                    && !(first == 198 && (second & 0xfe) == 18)       // 198.18.0.0/15 benchmarking
                    && first < 240;                                   // 240.0.0.0/4 reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (a[0] & 0xfe) == 0xfc;             // fc00::/7
            boolean siteLocal = (a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0xc0;
            boolean nat64 = (a[0] & 0xff) == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff
                    && (a[3] & 0xff) == 0x9b;                        // 64:ff9b::/96 embeds an IPv4 address
            boolean mappedOrCompatible = isZero(a, 0, 10) && (((a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff)
                    || isZero(a, 10, 12));                           // ::ffff:a.b.c.d and ::a.b.c.d
            // tunnels that embed an IPv4 address which could be a private one: 6to4 (2002::/16), Teredo
            // (2001:0::/32); and the discard prefix (100::/64), which reaches nobody
            boolean sixToFour = (a[0] & 0xff) == 0x20 && (a[1] & 0xff) == 0x02;
            boolean teredo = (a[0] & 0xff) == 0x20 && (a[1] & 0xff) == 0x01 && a[2] == 0 && a[3] == 0;
            boolean discard = (a[0] & 0xff) == 0x01 && a[1] == 0 && isZero(a, 2, 8);
            return !uniqueLocal && !siteLocal && !nat64 && !mappedOrCompatible && !sixToFour && !teredo
                    && !discard;
        }
        return false;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
