// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that runs every CPU-heavy or blocking step of a scan (spooling, parsing,
 * decompression, hashing, matching, rendering, compression), so the event loop never does.
 * Its size is {@code stella.server.workers}, one thread per core by default; the number of
 * scans in flight is bounded separately, by {@code stella.server.max-running}.
 */
@ApplicationScoped
public class Workers {

    private final ExecutorService pool;

    @Inject
    public Workers(ServerConfig config) {
        int size = config.workers() > 0
                ? config.workers() : Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread thread = new Thread(r, "stella-worker-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public ExecutorService pool() {
        return pool;
    }

    void stop(@Observes ShutdownEvent stopped) {
        pool.shutdownNow();
    }
}
