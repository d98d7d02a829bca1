// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindProxy = new ClientAddress(List.of("10.0.0.0/8",
            "fd00::/8"));
    private final ClientAddress direct = new ClientAddress(List.of());

    @Test
    void peerIsTheClientWhenNoProxyIsTrusted() {
        assertThat(direct.resolve("203.0.113.7", List.of("198.51.100.1")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void forgedForwardedForFromAnUntrustedPeerIsIgnored() {
        assertThat(behindProxy.resolve("203.0.113.7", List.of("10.1.1.1, 198.51.100.1")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void trustedProxyNamesTheClient() {
        assertThat(behindProxy.resolve("10.0.0.2", List.of("198.51.100.9")))
                .isEqualTo("198.51.100.9");
    }

    @Test
    void rightMostUntrustedHopWinsOverWhatTheClientPrepended() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; two trusted proxies appended after it
        assertThat(behindProxy.resolve("10.0.0.2",
                List.of("1.2.3.4, 198.51.100.9, 10.0.0.3")))
                .isEqualTo("198.51.100.9");
    }

    @Test
    void repeatedHeadersReadAsOneList() {
        assertThat(behindProxy.resolve("10.0.0.2", List.of("1.2.3.4", "198.51.100.9")))
                .isEqualTo("198.51.100.9");
    }

    @Test
    void garbageHopLeavesTheTrustedProxyAsTheClient() {
        assertThat(behindProxy.resolve("10.0.0.2", List.of("evil.example.com")))
                .isEqualTo("10.0.0.2");
        assertThat(behindProxy.resolve("10.0.0.2", List.of("198.51.100.9, unknown, 10.0.0.5")))
                .isEqualTo("10.0.0.5");
    }

    @Test
    void everyHopTrustedLeavesTheLeftMost() {
        assertThat(behindProxy.resolve("10.0.0.2", List.of("10.9.9.9, 10.0.0.3")))
                .isEqualTo("10.9.9.9");
    }

    @Test
    void ipv6PeersAndHopsAreCanonical() {
        assertThat(direct.resolve("2001:DB8:0:0::1", List.of())).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(behindProxy.resolve("fd00::1", List.of("[2001:db8::7]:443")))
                .isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(behindProxy.resolve("fd00::1", List.of("198.51.100.9:5000")))
                .isEqualTo("198.51.100.9");
    }

    @Test
    void ipv4OutsideAnIpv6BlockIsNotTrusted() {
        ClientAddress v6only = new ClientAddress(List.of("::/0"));
        assertThat(v6only.resolve("10.0.0.2", List.of("198.51.100.9"))).isEqualTo("10.0.0.2");
    }

    @Test
    void singleAddressAndPrefixBoundariesMatchExactly() {
        ClientAddress one = new ClientAddress(List.of("192.0.2.1", "198.51.100.0/25"));
        assertThat(one.resolve("192.0.2.1", List.of("1.1.1.1"))).isEqualTo("1.1.1.1");
        assertThat(one.resolve("192.0.2.2", List.of("1.1.1.1"))).isEqualTo("192.0.2.2");
        assertThat(one.resolve("198.51.100.127", List.of("1.1.1.1"))).isEqualTo("1.1.1.1");
        assertThat(one.resolve("198.51.100.128", List.of("1.1.1.1")))
                .isEqualTo("198.51.100.128");
    }

    @Test
    void hostNamesAreNeverLookedUp() {
        assertThat(IpLiterals.parse("localhost")).isNull();
        assertThat(IpLiterals.parse("1.2.3")).isNull();
        assertThat(IpLiterals.parse("face.b00c")).isNull();
    }

    @Test
    void badTrustedProxyIsAConfigurationError() {
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33")))
                .hasMessageContaining("prefix");
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.internal")))
                .hasMessageContaining("not an address");
    }
}
