// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What /metrics shows beside the framework's own meters: a latency histogram per stage, the
 * queue depth, scans by outcome, and layer cache hits and misses (their ratio is a query).
 */
@ApplicationScoped
public class ServerMetrics {

    private final MeterRegistry registry;
    private final AtomicLong queueDepth = new AtomicLong();
    private final AtomicLong running = new AtomicLong();

    @Inject
    public ServerMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("stella.queue.depth", queueDepth, AtomicLong::get)
                .description("Scans waiting for a worker, across all replicas")
                .register(registry);
        Gauge.builder("stella.scans.running", running, AtomicLong::get)
                .description("Scans running on this replica")
                .register(registry);
    }

    void stage(String stage, long durationMs) {
        Timer.builder("stella.stage.duration").tag("stage", stage)
                .description("Time each scan stage takes")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry).record(Duration.ofMillis(durationMs));
    }

    void outcome(String outcome) {
        Counter.builder("stella.scans").tag("outcome", outcome)
                .description("Scans ended, by outcome").register(registry).increment();
    }

    public void layerCache(String namespace, boolean hit) {
        Counter.builder("stella.layer.cache").tag("namespace", namespace)
                .tag("result", hit ? "hit" : "miss")
                .description("Layer inventory lookups").register(registry).increment();
    }

    void queueDepth(long depth) {
        queueDepth.set(depth);
    }

    public long queueDepth() {
        return queueDepth.get();
    }

    void running(long count) {
        running.set(count);
    }
}
