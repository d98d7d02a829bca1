// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.ArrayList;
import java.util.List;
import org.stellaops.feed.OsvEvent;
import org.stellaops.version.InvalidVersionException;
import org.stellaops.version.VersionScheme;

/**
 * A range event with its version parsed, ready to be walked in scheme order.
 *
 * @param reasonBefore what the explain trace says when this event decides a range, up to the
 *     installed version that ends the sentence; made once here rather than for every range
 *     evaluated
 */
record SortedEvent<V extends Comparable<V>>(OsvEvent.Kind kind, String text, V version,
        String reasonBefore) {

    SortedEvent(OsvEvent.Kind kind, String text, V version) {
        this(kind, text, version, reasonBefore(kind, text));
    }

    private static String reasonBefore(OsvEvent.Kind kind, String text) {
        switch (kind) {
            case INTRODUCED:
                return "introduced " + text + " <= ";
            case FIXED:
                return "fixed " + text + " <= ";
            case LAST_AFFECTED:
                return "last_affected " + text + " < ";
            default:
                return null;
        }
    }

    /** {@code introduced: "0"} means "from the beginning" and sorts before every version. */
    boolean isZero() {
        return version == null;
    }

    /**
     * Parses and sorts a range's events. {@code introduced: "0"} has no parsed version and comes
     * first; events with an empty version are dropped. A limit containing {@code "*"} is
     * infinity, and since a version below any one limit passes (the spec's BeforeLimits), such a
     * range has no limit at all: every limit event is dropped. Ties sort introduced before fixed,
     * last_affected and limit.
     */
    static <V extends Comparable<V>> List<SortedEvent<V>> sort(
            VersionScheme<V> scheme, List<OsvEvent> events) throws InvalidVersionException {
        return sort(scheme, events, ParsedVersions.NONE);
    }

    /** As {@link #sort(VersionScheme, List)}, parsing through {@code parsed}. */
    static <V extends Comparable<V>> List<SortedEvent<V>> sort(VersionScheme<V> scheme,
            List<OsvEvent> events, ParsedVersions parsed) throws InvalidVersionException {
        boolean unlimited = false;
        for (OsvEvent event : events) {
            unlimited |= event.kind() == OsvEvent.Kind.LIMIT && event.version().contains("*");
        }
        List<SortedEvent<V>> sorted = new ArrayList<>(events.size());
        for (OsvEvent event : events) {
            boolean zero = event.kind() == OsvEvent.Kind.INTRODUCED && "0".equals(event.version());
            boolean noLimit = event.kind() == OsvEvent.Kind.LIMIT && unlimited;
            if (noLimit || event.version().isBlank()) {
                // an empty version (some GHSA npm records say fixed: "") states nothing
                continue;
            }
            V version = zero ? null : parsed.parse(scheme, event.version());
            sorted.add(new SortedEvent<>(event.kind(), event.version(), version));
        }
        sorted.sort(SortedEvent::compareTo);
        return sorted;
    }

    /** Zero first, then by version, ties by kind (introduced before the others). */
    private int compareTo(SortedEvent<V> other) {
        if (isZero() || other.isZero()) {
            int byZero = Boolean.compare(!isZero(), !other.isZero());
            return byZero != 0 ? byZero : kind.compareTo(other.kind);
        }
        int byVersion = version.compareTo(other.version);
        return byVersion != 0 ? byVersion : kind.compareTo(other.kind);
    }
}
