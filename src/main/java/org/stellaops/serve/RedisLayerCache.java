// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.stellaops.inventory.Detectors;
import org.stellaops.inventory.LayerCache;
import org.stellaops.inventory.LayerInventory;
import org.stellaops.inventory.LayerInventoryJson;
import org.stellaops.store.LayerStore;

/**
 * The layer stores as the pipeline sees them. Called on worker threads only, so waiting for
 * Redis here blocks a worker, never the event loop. Server-side image scans read and write
 * the shared namespace; delta scans read the client's own fragments first.
 */
final class RedisLayerCache implements LayerCache {

    private static final Logger LOG = Logger.getLogger(RedisLayerCache.class);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final LayerStore store;
    private final ServerMetrics metrics;
    private final String client;
    private final long ttlMs;

    RedisLayerCache(LayerStore store, ServerMetrics metrics, String client, long ttlMs) {
        this.store = store;
        this.metrics = metrics;
        this.client = client;
        this.ttlMs = ttlMs;
    }

    @Override
    public LayerInventory find(String cacheKey) {
        int cut = cacheKey.indexOf("#analyzer-");
        String diffId = cut < 0 ? cacheKey : cacheKey.substring(0, cut);
        String json = store.find(null, Detectors.ANALYZER_VERSION, diffId).await().atMost(WAIT);
        metrics.layerCache("shared", json != null);
        return parse(diffId, json);
    }

    @Override
    public void keep(LayerInventory layer) {
        store.putShared(layer.analyzerVersion(), layer.diffId(), LayerInventoryJson.write(layer),
                ttlMs).await().atMost(WAIT);
    }

    /** For delta scans: the client's fragment, else the shared one. */
    LayerInventory fragment(String diffId) {
        String json = store.find(client, Detectors.ANALYZER_VERSION, diffId).await()
                .atMost(WAIT);
        metrics.layerCache(client == null ? "shared" : "client", json != null);
        return parse(diffId, json);
    }

    private static LayerInventory parse(String diffId, String json) {
        if (json == null) {
            return null;
        }
        try {
            LayerInventory layer = LayerInventoryJson.read(json);
            return layer.diffId().equals(diffId) ? layer : null;
        } catch (JsonProcessingException e) {
            // an entry that does not read back is a miss, never trusted half-read
            LOG.warnf("layer inventory unreadable, treated as missing (diffId: %s, reason: %s)",
                    diffId, e.getOriginalMessage());
            return null;
        }
    }
}
