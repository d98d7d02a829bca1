// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import java.net.InetAddress;

/** An address block ({@code 10.0.0.0/8}, {@code fd00::/8}) or one address, IPv4 or IPv6. */
record Cidr(byte[] network, int prefix) {

    /** Reads {@code ADDRESS[/PREFIX]}; a bad block is a configuration error. */
    static Cidr parse(String text) {
        String block = text.strip();
        int slash = block.indexOf('/');
        InetAddress address = IpLiterals.parse(slash < 0 ? block : block.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("stella.quota.trusted-proxies: '" + text
                    + "' is not an address or CIDR block");
        }
        byte[] bytes = address.getAddress();
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(block.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("stella.quota.trusted-proxies: '" + text
                        + "' has a bad prefix length");
            }
        }
        return new Cidr(bytes, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (bytes[full] & mask) == (network[full] & mask);
    }
}
