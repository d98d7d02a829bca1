// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap through the collectors' notifications: the largest heap in use after any
 * collection (the peak live set, give or take what the collection left for later) and before
 * any collection (the peak occupancy, which depends on how large the heap was allowed to grow).
 * The live figure is the one to compare with a budget; the smallest {@code -Xmx} a run survives
 * is measured from the outside, by the benchmark script.
 *
 * <p>Notifications arrive on a JMX thread shortly after each collection, so {@link #collect}
 * waits for the one it caused before reading.
 */
final class HeapWatch {

    private final Set<String> heapPools;
    private volatile long maxAfter;
    private volatile long maxBefore;
    private volatile long collections;

    HeapWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(
                        GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    record(GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData()));
                }
            }, null, null);
        }
    }

    private synchronized void record(GarbageCollectionNotificationInfo info) {
        maxAfter = Math.max(maxAfter, heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
        maxBefore = Math.max(maxBefore, heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
        collections++;
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    /** Runs a full collection and returns the heap in use after it, in bytes. */
    long collect() throws InterruptedException {
        long seen = collections;
        System.gc();
        for (int i = 0; i < 100 && collections == seen; i++) {
            Thread.sleep(10);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The largest heap in use after a collection so far, in bytes. */
    long peakLive() {
        return maxAfter;
    }

    /** The largest heap in use before a collection so far, in bytes. */
    long peakOccupied() {
        return maxBefore;
    }

    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
    }
}
