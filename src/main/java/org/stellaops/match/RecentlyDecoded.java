// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a matcher decoded from its snapshot lately, so that a value met again within a scan (an
 * advisory that fixes many packages of one distro update, a package at two versions) is decoded
 * once and its strings, hashed once, are shared by every finding that names them.
 *
 * <p>Bounded like {@link ParsedVersions}: when full it is emptied and refills with what is in use
 * now, which costs no bookkeeping on reads. Thread-safe.
 */
final class RecentlyDecoded<K, V> {

    private final int limit;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    RecentlyDecoded(int limit) {
        this.limit = limit;
    }

    V get(K key, Function<K, V> decode) {
        V value = values.get(key);
        if (value == null) {
            value = decode.apply(key);
            keep(key, value);
        }
        return value;
    }

    /** Forgets everything. */
    void clear() {
        values.clear();
    }

    private void keep(K key, V value) {
        if (values.size() >= limit) {
            values.clear();
        }
        values.put(key, value);
    }
}
