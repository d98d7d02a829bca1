// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.stellaops.image.ImageLimits;
import org.stellaops.inventory.LayerCache;
import org.stellaops.match.Finding;
import org.stellaops.match.PackageMatcher;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.scan.SbomScanner;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.VerdictStage;
import org.stellaops.scan.VexEvidence;
import org.stellaops.vex.FutureStatements;
import org.stellaops.vex.VexWarning;
import org.stellaops.severity.SeverityLevel;

/**
 * One scan as a Mutiny pipeline of its stages: unpack (images and delta scans), SBOM, match,
 * VEX and policy, report, and attest when evidence is asked for. Each stage runs on the
 * bounded worker pool it is given, never on the caller's thread, and reports
 * {@code stage-started}, {@code stage-finished} and its progress through {@link ScanProgress}
 * as it goes. Cancelling the returned {@link Uni} starts no further
 * stage; the stage at work, if any, runs to its end and its result is dropped.
 *
 * <p>The pipeline knows nothing of Redis or HTTP: the server decides where the input comes
 * from, where events go and where the outcome is kept.
 */
public final class ScanPipeline {

    private final ExecutorService workers;
    private final InputReader reader;
    private final int maxComponents;
    private EvidenceSettings evidence;

    /**
     * @param workers the bounded pool every stage runs on
     * @param layerCache where server-side image scans find and keep layer inventories
     * @param fragments where delta scans find their layers' inventories
     * @param layerThreads layers analysed at once within one image scan
     * @param maxComponents largest SBOM matched: a scan holds a few KiB of heap per component
     *     until its reports are rendered, so this bounds what one scan may take
     */
    public ScanPipeline(ExecutorService workers, ImageLimits imageLimits, LayerCache layerCache,
            LayerFragments fragments, int layerThreads, int maxComponents) {
        this.workers = workers;
        this.maxComponents = maxComponents;
        this.reader = new InputReader(imageLimits, layerCache, fragments, layerThreads);
    }

    /**
     * Adds the attest stage, which records each scan's replay manifest and signs its
     * attestations as {@code settings} say; without it a scan ends with its reports.
     */
    public ScanPipeline withEvidence(EvidenceSettings settings) {
        this.evidence = settings;
        return this;
    }

    /** Runs the scan without VEX or policy. */
    public Uni<ScanOutcome> run(ScanRequest request, Path document, PackageMatcher matcher,
            ScanProgress progress) {
        return run(request, document, matcher, progress, VexEvidence.NONE, null);
    }

    /**
     * Runs the scan.
     *
     * @param document for SBOM scans, the uploaded document spooled to a file; else null
     * @param matcher the snapshot the scan matches against, fixed for the whole scan
     * @param vex the scan's VEX (uploaded and registered); an SBOM's own is added to it
     * @param policy the compiled policy, or null for none
     */
    public Uni<ScanOutcome> run(ScanRequest request, Path document, PackageMatcher matcher,
            ScanProgress progress, VexEvidence vex, PolicyEngine policy) {
        List<StageTiming> timings = Collections.synchronizedList(new ArrayList<>());
        String referenceTime = request.asOf() != null
                ? request.asOf() : matcher.snapshot().manifest().snapshotDate();
        return read(request, document, progress, timings)
                .invoke(this::checkSize)
                .chain(input -> stage(Stage.MATCH, progress, timings, () -> {
                    progress.emit(ScanEvent.of(ScanEvent.STAGE_PROGRESS, "stage", "match",
                            "components", input.sbom().components().size()));
                    return new SbomScanner(matcher).scan(input.sbom(), input.target(),
                            referenceTime);
                }).map(result -> new Matched(input, result)))
                .chain(matched -> stage(Stage.VERDICT, progress, timings, () -> {
                    VexEvidence all = vex.with(matched.input().embeddedVex());
                    progress.emit(ScanEvent.of(ScanEvent.STAGE_PROGRESS, "stage", "vex-policy",
                            "statements", all.statements().size()));
                    // suspicious dates go to the events and the log, never into the report
                    for (VexWarning warning : FutureStatements.find(all.statements(),
                            java.time.Instant.now())) {
                        progress.emit(ScanEvent.of(ScanEvent.WARNING, "code", warning.code(),
                                "source", warning.source().toString(),
                                "message", warning.message()));
                    }
                    return new Matched(matched.input(), new VerdictStage(all, policy,
                            matcher.snapshot()::publishedOf, workers).apply(matched.result()));
                }))
                .invoke(matched -> progress.emit(findingsEvent(matched.result())))
                .chain(matched -> stage(Stage.REPORT, progress, timings,
                        () -> ReportSet.render(matched.result(), createdOf(matched.input()),
                                workers))
                        .chain(rendered -> attest(matched.result(), rendered, vex, policy,
                                progress, timings))
                        .map(reports -> outcomeOf(matched.result(), reports, matcher, timings)));
    }

    /** The attest stage: the replay manifest, and the envelopes when the server signs. */
    private Uni<Map<String, byte[]>> attest(ScanResult result, ReportSet.Rendered rendered,
            VexEvidence vex, PolicyEngine policy, ScanProgress progress,
            List<StageTiming> timings) {
        if (evidence == null) {
            return Uni.createFrom().item(rendered.reports());
        }
        return stage(Stage.ATTEST, progress, timings, () -> {
            Map<String, byte[]> all = new LinkedHashMap<>(rendered.reports());
            all.putAll(EvidenceSet.make(result, vex, policy, rendered.digests(), evidence));
            return all;
        });
    }

    private Uni<ScanInput> read(ScanRequest request, Path document, ScanProgress progress,
            List<StageTiming> timings) {
        switch (request.kind()) {
            case ScanRequest.SBOM:
                return stage(Stage.SBOM, progress, timings, () -> {
                    progress.emit(ScanEvent.of(ScanEvent.STAGE_PROGRESS, "stage", "sbom",
                            "bytes", sizeOf(document)));
                    return reader.readSbom(request, document);
                });
            case ScanRequest.IMAGE:
                return stage(Stage.UNPACK, progress, timings, () -> reader.readImage(request))
                        .invoke(read -> progress.emit(layersEvent(read.layers(), read.layers())))
                        .chain(read -> stage(Stage.SBOM, progress, timings,
                                () -> reader.sbomOf(read, request)));
            case ScanRequest.LAYERS:
                AtomicInteger done = new AtomicInteger();
                return stage(Stage.UNPACK, progress, timings,
                        () -> reader.readLayers(request, done))
                        .invoke(read -> progress.emit(layersEvent(done.get(), read.layers())))
                        .chain(read -> stage(Stage.SBOM, progress, timings,
                                () -> reader.sbomOf(read, request)));
            default:
                return Uni.createFrom().failure(
                        new ScanFailure("unknown scan kind " + request.kind()));
        }
    }

    /** Runs one stage on a worker, timing it. */
    private <T> Uni<T> stage(Stage stage, ScanProgress progress, List<StageTiming> timings,
            Supplier<T> work) {
        return Uni.createFrom().<T>emitter(emitter -> {
            Future<?> running = workers.submit(() -> {
                progress.emit(ScanEvent.of(ScanEvent.STAGE_STARTED, "stage", stage.label()));
                long started = System.nanoTime();
                try {
                    T value = work.get();
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    timings.add(new StageTiming(stage.label(), ms));
                    progress.emit(ScanEvent.of(ScanEvent.STAGE_FINISHED, "stage", stage.label(),
                            "durationMs", ms));
                    emitter.complete(value);
                } catch (RuntimeException | Error e) {
                    emitter.fail(e);
                }
            });
            // Never interrupt: an interrupted thread closes the NIO channels it reads (the
            // class loader's jars among them), which can wedge the worker for good. A stage
            // that is cancelled while it runs finishes, its result is dropped, and no later
            // stage starts; a stage still waiting for a worker never starts.
            emitter.onTermination(() -> running.cancel(false));
        });
    }

    private void checkSize(ScanInput input) {
        int components = input.sbom().components().size();
        if (components > maxComponents) {
            throw new ScanFailure(input.target().ref() + ": " + components + " components; this "
                    + "server scans at most " + maxComponents + " (stella.server.max-components)");
        }
    }

    private static long sizeOf(Path document) {
        try {
            return Files.size(document);
        } catch (IOException e) {
            return -1;
        }
    }

    private static ScanEvent layersEvent(int done, int total) {
        return ScanEvent.of(ScanEvent.STAGE_PROGRESS, "stage", "unpack", "layers", done,
                "total", total);
    }

    private static ScanEvent findingsEvent(ScanResult result) {
        Map<String, Integer> counts = countsOf(result.report().findings());
        long open = result.verdict().findings().stream().filter(v -> v.isOpen()).count();
        return ScanEvent.of(ScanEvent.FINDINGS, "counts", counts,
                "total", result.report().findings().size(), "open", open,
                "blocked", result.verdict().blocked());
    }

    /** Findings per severity level, every level present, highest first. */
    static Map<String, Integer> countsOf(List<Finding> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<SeverityLevel> levels = new ArrayList<>(List.of(SeverityLevel.values()));
        Collections.reverse(levels);
        levels.forEach(level -> counts.put(labelOf(level), 0));
        for (Finding finding : findings) {
            counts.merge(labelOf(finding.severity().level()), 1, Integer::sum);
        }
        return counts;
    }

    private static String labelOf(SeverityLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static String createdOf(ScanInput input) {
        return Times.canonicalOrNull(input.created());
    }

    private static ScanOutcome outcomeOf(ScanResult result, Map<String, byte[]> reports,
            PackageMatcher matcher, List<StageTiming> timings) {
        List<StageTiming> ordered;
        synchronized (timings) {
            ordered = List.copyOf(timings);
        }
        return new ScanOutcome(reports, countsOf(result.report().findings()),
                result.report().findings().size(), matcher.snapshot().digest(), ordered);
    }

    private record Matched(ScanInput input, ScanResult result) {
    }
}
