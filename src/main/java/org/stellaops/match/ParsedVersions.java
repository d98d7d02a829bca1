// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stellaops.version.InvalidVersionException;
import org.stellaops.version.VersionScheme;

/**
 * Parsed versions, remembered per scheme, so that a version string met again (the same
 * {@code fixed} event in many ranges, the same package at several versions, the next scan in a
 * long-lived process) is parsed once. Failures are remembered too, with their message.
 *
 * <p>Bounded: each scheme keeps at most {@link #LIMIT} strings; when a scheme's map is full it
 * is emptied and refills from what is in use now. That keeps the heap bound of a 2 GiB node
 * (about 10 MiB per busy scheme at the limit) without an LRU's bookkeeping on every read.
 * Thread-safe: many scans may share one instance.
 */
final class ParsedVersions {

    static final int LIMIT = 1 << 16;

    /**
     * The cache every matcher of this JVM shares: a parsed version depends only on its scheme
     * and text, never on the snapshot, so a long-lived process (the server, repeated scans in
     * one JVM) parses each advisory version once, whichever snapshot it is matching against.
     */
    static final ParsedVersions SHARED = new ParsedVersions();

    /** A cache that remembers nothing, for callers that evaluate a single range. */
    static final ParsedVersions NONE = new ParsedVersions(0);

    private final int limit;
    private final Map<String, Map<String, Object>> bySchemeId = new ConcurrentHashMap<>();

    ParsedVersions() {
        this(LIMIT);
    }

    private ParsedVersions(int limit) {
        this.limit = limit;
    }

    @SuppressWarnings("unchecked")
    <V extends Comparable<V>> V parse(VersionScheme<V> scheme, String text)
            throws InvalidVersionException {
        if (limit == 0) {
            return scheme.parse(text);
        }
        Map<String, Object> known = bySchemeId.computeIfAbsent(scheme.id(),
                id -> new ConcurrentHashMap<>());
        Object cached = known.get(text);
        if (cached == null) {
            cached = parseOrFailure(scheme, text);
            if (known.size() >= limit) {
                known.clear();
            }
            known.put(text, cached);
        }
        if (cached instanceof InvalidVersionException) {
            // the same instance each time: its message names the string and the reason
            throw (InvalidVersionException) cached;
        }
        return (V) cached;
    }

    private static Object parseOrFailure(VersionScheme<?> scheme, String text) {
        try {
            return scheme.parse(text);
        } catch (InvalidVersionException e) {
            return e;
        }
    }
}
