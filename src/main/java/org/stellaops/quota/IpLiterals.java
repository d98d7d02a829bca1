// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Address literals as they come in headers. Only a literal is ever parsed, so no name is
 * looked up in DNS; an IPv4-mapped IPv6 address ({@code ::ffff:1.2.3.4}) is its IPv4 address.
 */
final class IpLiterals {

    private IpLiterals() {
    }

    /** The address, or null when the text is not an IPv4 or IPv6 literal. */
    static InetAddress parse(String text) {
        String literal = text.strip();
        if (literal.startsWith("[")) {
            // [v6]:port or [v6]
            int end = literal.indexOf(']');
            if (end < 0) {
                return null;
            }
            literal = literal.substring(1, end);
        } else if (literal.indexOf(':') >= 0 && literal.indexOf(':') == literal.lastIndexOf(':')
                && literal.indexOf('.') > 0) {
            // v4:port
            literal = literal.substring(0, literal.indexOf(':'));
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.isEmpty() || literal.length() > 45 || !looksLiteral(literal)) {
            return null;
        }
        try {
            InetAddress address = InetAddress.getByName(literal);
            return address instanceof Inet4Address || address instanceof Inet6Address
                    ? address : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Digits, dots, hex and colons only: InetAddress then never asks DNS. */
    private static boolean looksLiteral(String text) {
        boolean colon = text.indexOf(':') >= 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= '0' && c <= '9' || c == '.' || colon && (c == ':'
                    || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
            if (!ok) {
                return false;
            }
        }
        return colon || text.chars().filter(c -> c == '.').count() == 3;
    }
}
