// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.stellaops.image.ImageLimits;
import org.stellaops.match.PackageMatcher;
import org.stellaops.pipeline.ScanFailure;
import org.stellaops.pipeline.ScanOutcome;
import org.stellaops.pipeline.ScanPipeline;
import org.stellaops.pipeline.ScanRequest;
import org.stellaops.store.EventLog;
import org.stellaops.store.LayerStore;
import org.stellaops.store.ScanState;
import org.stellaops.store.ScanStore;
import org.stellaops.store.WorkQueue;
import org.stellaops.store.history.ScanHistory;

/**
 * Takes queued scans from the shared queue, as many as this replica may run at once, and
 * runs each through the pipeline. While a scan runs, its owner renews its queue entry; an
 * entry left idle past the lease (its replica died) is claimed by another replica, which runs
 * the scan again from the start. Only the current owner may append to a scan's history or
 * write its end, and only one end is ever written, so no scan is lost or finished twice.
 */
@ApplicationScoped
public class ScanRunner {

    private static final Logger LOG = Logger.getLogger(ScanRunner.class);
    private static final long POLL_MS = 250;

    private final Map<String, RunningScan> running = new ConcurrentHashMap<>();
    private final AtomicBoolean polling = new AtomicBoolean();
    private final ServerConfig config;
    private final ScanStore store;
    private final WorkQueue queue;
    private final LayerStore layers;
    private final SnapshotHolder snapshots;
    private final Workers workers;
    private final ServerMetrics metrics;
    private final Vertx vertx;
    private final Tracer tracer;
    private final ScanFinisher finisher;
    private final EventLog log;
    private final String replicaId;
    private final VerdictSources verdicts;
    private final AttestKeys attestKeys;

    @Inject
    public ScanRunner(ServerConfig config, ScanStore store, WorkQueue queue,
            EventLog log, LayerStore layers, SnapshotHolder snapshots,
            Workers workers, ServerMetrics metrics, Vertx vertx, Tracer tracer,
            ScanHistory history, VerdictSources verdicts, AttestKeys attestKeys) {
        this.config = config;
        this.attestKeys = attestKeys;
        this.verdicts = verdicts;
        this.store = store;
        this.queue = queue;
        this.layers = layers;
        this.snapshots = snapshots;
        this.workers = workers;
        this.metrics = metrics;
        this.vertx = vertx;
        this.tracer = tracer;
        this.replicaId = config.replicaId().orElseGet(ScanRunner::defaultReplicaId);
        this.finisher = new ScanFinisher(store, metrics, config, replicaId, history);
        this.log = log;
    }

    void start(@Observes StartupEvent started) {
        queue.ensureGroup().subscribe().with(ok -> { }, failure -> LOG.warnf(
                "work queue not ready yet (reason: %s)", failure.getMessage()));
        long lease = Math.max(300, config.lease().toMillis());
        vertx.setPeriodic(POLL_MS, id -> poll());
        vertx.setPeriodic(Math.max(100, lease / 3), id -> touchAll());
        vertx.setPeriodic(Math.max(150, lease / 2), id -> reclaim(lease));
        vertx.setPeriodic(1000, id -> queue.depth().subscribe().with(metrics::queueDepth,
                failure -> { }));
        LOG.infof("scan runner started (replica: %s, maxRunning: %d, lease: %d ms)", replicaId,
                config.maxRunning(), lease);
    }

    public String replicaId() {
        return replicaId;
    }

    /** Scans running here now. */
    public int runningCount() {
        return running.size();
    }

    /** Takes new queue entries while this replica has room. */
    void poll() {
        int free = config.maxRunning() - running.size();
        if (free <= 0 || !polling.compareAndSet(false, true)) {
            return;
        }
        queue.take(replicaId, free).subscribe().with(entries -> {
            polling.set(false);
            entries.forEach(this::start);
            if (!entries.isEmpty()) {
                poll();
            }
        }, failure -> {
            polling.set(false);
            if (String.valueOf(failure.getMessage()).contains("NOGROUP")) {
                // Redis came back empty: the group must be made again
                queue.ensureGroup().subscribe().with(ok -> { }, f -> { });
            }
        });
    }

    /** Stops a scan running here that was cancelled, taken over or lost. */
    void stopLocal(String scanId, String why) {
        RunningScan run = running.get(scanId);
        if (run != null && run.cancellable != null) {
            LOG.infof("scan stopped here (scan: %s, reason: %s)", scanId, why);
            run.cancellable.cancel();
            end(run, why);
        }
    }

    private void reclaim(long lease) {
        int free = config.maxRunning() - running.size();
        if (free <= 0) {
            return;
        }
        queue.reclaim(replicaId, lease, free).subscribe().with(entries -> entries.stream()
                .filter(e -> !running.containsKey(e.scanId()))
                .forEach(e -> {
                    LOG.infof("scan entry reclaimed (scan: %s, entry: %s)", e.scanId(),
                            e.entryId());
                    start(e);
                }), failure -> { });
    }

    private void touchAll() {
        metrics.running(running.size());
        for (RunningScan run : running.values()) {
            store.touch(run.scanId(), replicaId, run.entry.entryId()).subscribe().with(held -> {
                if (held == 0) {
                    stopLocal(run.scanId(), "taken over by another replica");
                } else if (held == 2) {
                    stopLocal(run.scanId(), "ended elsewhere (cancelled)");
                } else if (held == -1) {
                    stopLocal(run.scanId(), "state gone from Redis");
                    finisher.recover(run, "the scan's state was lost from Redis while it ran "
                            + "(Redis restarted without persistence); submit the scan again")
                            .subscribe().with(ok -> { }, f -> { });
                }
            }, failure -> { });
        }
    }

    private void start(WorkQueue.Entry entry) {
        RunningScan run = new RunningScan(entry);
        if (running.putIfAbsent(entry.scanId(), run) != null) {
            return;
        }
        store.claim(entry.scanId(), replicaId).subscribe().with(attempt -> {
            if (attempt > 0) {
                begin(run, attempt);
            } else {
                end(run, attempt == 0 ? "already over" : "state gone");
            }
        }, failure -> {
            running.remove(entry.scanId());
            LOG.warnf("scan not claimed (scan: %s, reason: %s)", entry.scanId(),
                    failure.getMessage());
        });
    }

    private void begin(RunningScan run, long attempt) {
        String id = run.scanId();
        run.writer = new EventWriter(id, replicaId, log);
        run.span = tracer.spanBuilder("scan").setAttribute("stella.scan.id", id)
                .setAttribute("stella.scan.attempt", attempt).startSpan();
        PackageMatcher matcher = snapshots.current();
        Uni<ScanOutcome> scan = store.find(id).chain(state -> {
            if (state == null) {
                return Uni.createFrom().failure(new IllegalStateException("state gone"));
            }
            run.state = state;
            if (matcher == null) {
                return Uni.createFrom().failure(new ScanFailure(
                        "no advisory snapshot is loaded on replica " + replicaId));
            }
            run.span.setAttribute("stella.snapshot", matcher.snapshot().digest());
            return runPipeline(run, state, matcher);
        }).ifNoItem().after(config.scanTimeout()).failWith(() -> new ScanFailure("the scan "
                + "did not finish within " + config.scanTimeout().toSeconds() + " s "
                + "(stella.server.scan-timeout)"));
        LOG.debugf("scan started (scan: %s, attempt: %d, replica: %s)", id, attempt, replicaId);
        run.cancellable = scan.subscribe().with(
                outcome -> finisher.complete(run, outcome).subscribe().with(
                        ok -> end(run, "completed"), f -> end(run, "completed")),
                failure -> finisher.fail(run, failure).subscribe().with(
                        ok -> end(run, "failed"), f -> end(run, "failed")));
    }

    private Uni<ScanOutcome> runPipeline(RunningScan run, ScanState state,
            PackageMatcher matcher) {
        ScanRequest request = Requests.requestOf(state.fields());
        RedisLayerCache cache = new RedisLayerCache(layers, metrics, state.get("client"),
                config.layerTtl().toMillis());
        ScanPipeline pipeline = new ScanPipeline(workers.pool(), imageLimits(), cache,
                cache::fragment, Math.max(1, Runtime.getRuntime().availableProcessors()),
                config.maxComponents()).withEvidence(attestKeys.settings());
        TracedProgress progress = new TracedProgress(run.writer, tracer, run.span, metrics);
        Uni<Path> document = !request.kind().equals(ScanRequest.SBOM)
                ? Uni.createFrom().nullItem()
                : store.input(run.scanId()).emitOn(workers.pool()).map(bytes -> {
                    if (bytes == null) {
                        throw new ScanFailure(
                                "the scan's input is gone from Redis");
                    }
                    run.spooled = spool(bytes);
                    return run.spooled;
                });
        Uni<VerdictSources.ScanVerdictInput> verdict = store.verdictInput(run.scanId())
                .emitOn(workers.pool())
                .chain(input -> verdicts.resolve(state.get("client"), input, workers.pool()));
        return document.chain(path -> verdict.chain(v -> pipeline.run(request, path, matcher,
                        progress, v.vex(), v.policy())))
                .onTermination().invoke(progress::endOpenStages);
    }

    private void end(RunningScan run, String how) {
        if (run.ended) {
            return;
        }
        run.ended = true;
        running.remove(run.scanId(), run);
        if (run.span != null) {
            run.span.setAttribute("stella.scan.end", how);
            run.span.end();
        }
        Path spooled = run.spooled;
        if (spooled != null) {
            workers.pool().execute(() -> spooled.toFile().delete());
        }
        queue.done(run.entry.entryId()).subscribe().with(ok -> poll(), f -> poll());
    }

    private static Path spool(byte[] bytes) {
        try {
            Path file = Files.createTempFile("stella-scan-", ".sbom");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImageLimits imageLimits() {
        return ImageLimits.fromConfig(key -> ConfigProvider.getConfig()
                .getOptionalValue(key, String.class).orElse(null));
    }

    private static String defaultReplicaId() {
        String host = System.getenv().getOrDefault("HOSTNAME", "stella");
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
