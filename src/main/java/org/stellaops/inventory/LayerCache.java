// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Layer results kept between scans, under {@link LayerInventory#cacheKey()}: a rescan of an
 * image that shares layers with one scanned before redoes only the new layers. The server keeps
 * them in Redis; the command line has none by default.
 */
public interface LayerCache {

    /** The cached result, or null. */
    LayerInventory find(String cacheKey);

    /** Keeps a result that was read to its end and verified. */
    void keep(LayerInventory layer);

    /** A cache that keeps nothing. */
    static LayerCache none() {
        return new LayerCache() {
            @Override
            public LayerInventory find(String cacheKey) {
                return null;
            }

            @Override
            public void keep(LayerInventory layer) {
            }
        };
    }

    /** A cache in this process's memory, unbounded: for tests and one-off runs. */
    static LayerCache inMemory() {
        Map<String, LayerInventory> kept = new ConcurrentHashMap<>();
        return new LayerCache() {
            @Override
            public LayerInventory find(String cacheKey) {
                return kept.get(cacheKey);
            }

            @Override
            public void keep(LayerInventory layer) {
                kept.put(layer.cacheKey(), layer);
            }
        };
    }
}
