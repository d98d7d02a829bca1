// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import java.net.InetAddress;
import java.util.List;

/**
 * Finds the address a request comes from. The peer of the connection is the client unless
 * it is a trusted proxy; only then is X-Forwarded-For read, from the right (the hop nearest
 * to us), skipping trusted proxies, and the first hop that is not one is the client. A
 * header sent by anyone else is ignored, so a caller cannot choose its own address. A hop
 * that does not read as an address ends the walk: the trusted hop that passed it on is taken
 * as the client, so garbage never yields a fresh identity.
 */
public final class ClientAddress {

    private final List<Cidr> trusted;

    public ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().filter(s -> !s.isBlank()).map(Cidr::parse)
                .toList();
    }

    /**
     * @param peer the connection's remote address (a literal)
     * @param forwardedFor every X-Forwarded-For header value, in order
     * @return the client's address in canonical form
     */
    public String resolve(String peer, List<String> forwardedFor) {
        InetAddress current = IpLiterals.parse(peer == null ? "" : peer);
        if (current == null) {
            return peer == null ? "unknown" : peer;
        }
        if (!isTrusted(current) || forwardedFor.isEmpty()) {
            return current.getHostAddress();
        }
        List<String> hops = forwardedFor.stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = IpLiterals.parse(hops.get(i));
            if (hop == null) {
                break;
            }
            current = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return current.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        for (Cidr cidr : trusted) {
            if (cidr.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
