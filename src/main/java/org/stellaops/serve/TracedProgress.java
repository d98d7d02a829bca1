// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stellaops.pipeline.ScanEvent;
import org.stellaops.pipeline.ScanProgress;

/**
 * Passes a scan's events on to its history and turns stage boundaries into OpenTelemetry
 * spans (children of the scan's span) and stage latency samples.
 */
final class TracedProgress implements ScanProgress {

    private final ScanProgress next;
    private final Tracer tracer;
    private final Span scan;
    private final ServerMetrics metrics;
    private final Map<String, Span> stages = new ConcurrentHashMap<>();

    TracedProgress(ScanProgress next, Tracer tracer, Span scan, ServerMetrics metrics) {
        this.next = next;
        this.tracer = tracer;
        this.scan = scan;
        this.metrics = metrics;
    }

    @Override
    public void emit(ScanEvent event) {
        String stage = String.valueOf(event.body().get("stage"));
        if (event.type().equals(ScanEvent.STAGE_STARTED)) {
            stages.put(stage, tracer.spanBuilder("stage " + stage)
                    .setParent(Context.current().with(scan))
                    .setAttribute("stella.stage", stage).startSpan());
        } else if (event.type().equals(ScanEvent.STAGE_FINISHED)) {
            Span span = stages.remove(stage);
            if (span != null) {
                span.end();
            }
            metrics.stage(stage, ((Number) event.body().get("durationMs")).longValue());
        }
        next.emit(event);
    }

    /** Ends the spans of stages that did not finish (a failure or a cancellation). */
    void endOpenStages() {
        stages.values().forEach(Span::end);
        stages.clear();
    }
}
