// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed {@code WWW-Authenticate} challenge: the scheme and its parameters. */
record AuthChallenge(String scheme, Map<String, String> parameters) {

    private static final Pattern PARAMETER = Pattern.compile(
            "([A-Za-z0-9_-]+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]*))");

    static AuthChallenge parse(String header) {
        String trimmed = header == null ? "" : header.trim();
        int space = trimmed.indexOf(' ');
        String scheme = (space < 0 ? trimmed : trimmed.substring(0, space))
                .toLowerCase(Locale.ROOT);
        Map<String, String> parameters = new HashMap<>();
        if (space > 0) {
            Matcher m = PARAMETER.matcher(trimmed.substring(space + 1));
            while (m.find()) {
                String value = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1")
                        : m.group(3);
                parameters.put(m.group(1).toLowerCase(Locale.ROOT), value);
            }
        }
        return new AuthChallenge(scheme, Map.copyOf(parameters));
    }

    String parameter(String name) {
        return parameters.get(name);
    }
}
