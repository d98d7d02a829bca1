// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Salted hashes (HMAC-SHA-256, 128 bits kept, hex) of addresses and quota keys. Without the
 * salt a hash cannot be turned back into an address by trying all 2^32 IPv4 addresses. An
 * IPv6 address is hashed by its /64 network: one host gets a whole /64 to pick addresses
 * from, and would otherwise get a fresh quota with each.
 */
public final class AddressHashes {

    private final SecretKeySpec key;

    public AddressHashes(String salt) {
        this.key = new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The hash of a canonical address literal ({@link ClientAddress#resolve}). */
    public String address(String address) {
        InetAddress parsed = IpLiterals.parse(address);
        String keyed = address;
        if (parsed instanceof Inet6Address) {
            byte[] bytes = parsed.getAddress();
            keyed = HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        }
        return "a" + hash("address:" + keyed);
    }

    /** The ledger's name for a quota key: hashed again, so no plain value reaches Redis. */
    public String ledgerKey(String quotaKey) {
        return hash("quota:" + quotaKey);
    }

    private String hash(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
