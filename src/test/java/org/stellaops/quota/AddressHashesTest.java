// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressHashesTest {

    private final AddressHashes hashes = new AddressHashes("salt-one");

    @Test
    void hashHidesTheAddress() {
        String hash = hashes.address("203.0.113.7");
        assertThat(hash).matches("a[0-9a-f]{32}").doesNotContain("203").doesNotContain("113");
    }

    @Test
    void sameAddressSameHashOtherSaltOtherHash() {
        assertThat(hashes.address("203.0.113.7")).isEqualTo(hashes.address("203.0.113.7"))
                .isNotEqualTo(hashes.address("203.0.113.8"))
                .isNotEqualTo(new AddressHashes("salt-two").address("203.0.113.7"));
    }

    @Test
    void ipv6AddressesOfOneSlash64ShareAHash() {
        assertThat(hashes.address("2001:db8:0:1:0:0:0:1"))
                .isEqualTo(hashes.address("2001:db8:0:1:ffff:0:0:9"))
                .isNotEqualTo(hashes.address("2001:db8:0:2:0:0:0:1"));
    }

    @Test
    void ledgerKeyIsAnotherHashOfTheQuotaKey() {
        assertThat(hashes.ledgerKey("token-id-42")).matches("[0-9a-f]{32}")
                .isNotEqualTo(hashes.ledgerKey("token-id-43"));
    }
}
