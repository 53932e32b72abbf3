package org.paygrid.shared.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The address of the client behind a request. Behind the TLS proxy every connection comes from the proxy, so the
 * client is read from {@code X-Forwarded-For}, but only when the connection comes from a trusted proxy
 * ({@code paygrid.http.trusted-proxies}, CIDR blocks), and then from the right: the rightmost entry that is not a
 * trusted proxy is the one the last trusted proxy saw connecting; anything to its left is the client's own claim.
 * Without trusted proxies the connection's address is the client, whatever the header says.
 */
public final class ClientAddress {

    private final List<Block> trustedProxies;

    private ClientAddress(List<Block> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** {@code "10.89.0.10/32, fd00::/8"}; blank trusts no proxy. */
    public static ClientAddress trusting(String trustedProxies) {
        return new ClientAddress(Arrays.stream(trustedProxies == null ? new String[0] : trustedProxies.split(","))
                .map(String::trim).filter(block -> !block.isEmpty()).map(Block::parse).toList());
    }

    /** The client's address for a connection from {@code peer} carrying this {@code X-Forwarded-For} (or null). */
    public String of(String peer, String forwardedFor) {
        // every request passes here: with no trusted proxy (or no header) nothing is parsed
        if (trustedProxies.isEmpty() || forwardedFor == null || !trusted(literal(peer))) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            byte[] address = literal(hop);
            if (address == null) {
                // a malformed entry: nothing to its left can be believed, and it is no address to limit
                return peer;
            }
            if (!trusted(address)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean trusted(byte[] address) {
        return address != null && trustedProxies.stream().anyMatch(block -> block.contains(address));
    }

    /** The bytes of an IPv4 or IPv6 literal, or null for anything else (never a DNS lookup). */
    private static byte[] literal(String text) {
        if (text == null || text.isEmpty() || !text.matches("[0-9A-Fa-f.:\\[\\]%]+") || !text.matches(".*[.:].*")) {
            return null;
        }
        String plain = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!plain.contains(":") && !plain.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return null;
        }
        try {
            return InetAddress.getByName(plain).getAddress();
        } catch (UnknownHostException | SecurityException notALiteral) {
            return null;
        }
    }

    private record Block(byte[] network, int prefix) {

        static Block parse(String cidr) {
            String[] parts = cidr.split("/");
            byte[] network = literal(parts[0]);
            if (network == null || parts.length > 2) {
                throw new IllegalArgumentException("paygrid.http.trusted-proxies: not a CIDR block: " + cidr);
            }
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("paygrid.http.trusted-proxies: bad prefix in " + cidr);
            }
            return new Block(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
