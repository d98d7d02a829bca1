// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import org.stellaops.version.InvalidVersionException;
import org.stellaops.version.VersionScheme;

/**
 * The installed version of one package, parsed once per scheme however many ranges it is held
 * against (a package meets 30 ranges on average in the benchmark list, nearly all of one
 * scheme). A failure to parse is remembered too and thrown again, with its message.
 *
 * <p>Not thread-safe: one instance serves one match call.
 */
final class InstalledVersion {

    private final String text;
    private final ParsedVersions parsed;
    private VersionScheme<?> lastScheme;
    private Object lastValue;

    InstalledVersion(String text, ParsedVersions parsed) {
        this.text = text;
        this.parsed = parsed;
    }

    String text() {
        return text;
    }

    @SuppressWarnings("unchecked")
    <V extends Comparable<V>> V parse(VersionScheme<V> scheme) throws InvalidVersionException {
        if (scheme != lastScheme) {
            try {
                lastValue = parsed.parse(scheme, text);
            } catch (InvalidVersionException e) {
                lastValue = e;
            }
            lastScheme = scheme;
        }
        if (lastValue instanceof InvalidVersionException) {
            throw (InvalidVersionException) lastValue;
        }
        return (V) lastValue;
    }
}
