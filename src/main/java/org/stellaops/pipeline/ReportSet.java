// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.stellaops.report.CycloneDxReport;
import org.stellaops.report.JsonReport;
import org.stellaops.report.SarifReport;
import org.stellaops.report.TableReport;
import org.stellaops.sbom.Spdx3Writer;
import org.stellaops.scan.ScanResult;

/**
 * Renders every report format of a scan, gzip-compressed. The server keeps them all because
 * the scan result itself does not outlive the worker that made it, and any replica must be
 * able to answer for any format later. Each rendering is deterministic, as on the command
 * line.
 *
 * <p>A small scan's formats are rendered side by side on the workers, which roughly halves
 * the report stage on two cores (CycloneDX through cyclonedx-core-java's model is the slow
 * one). A large scan's are rendered one at a time, so at most one rendering is held as text:
 * for a large SBOM each is tens of MB.
 */
final class ReportSet {

    /** Formats kept, as {@code ?format=} names them. */
    static final List<String> FORMATS = List.of("json", "cyclonedx", "sarif", "spdx", "table");

    private ReportSet() {
    }

    /** Components up to which formats are rendered side by side. */
    static final int PARALLEL_UP_TO = 20_000;

    static Map<String, byte[]> render(ScanResult result, String created, Executor workers) {
        String time = created != null ? created : result.referenceTime();
        Map<String, Supplier<String>> renderers = new LinkedHashMap<>();
        renderers.put("json", () -> JsonReport.render(result));
        renderers.put("cyclonedx", () -> CycloneDxReport.render(result));
        renderers.put("sarif", () -> SarifReport.render(result));
        // the SPDX rendering is the SBOM alone, as `stella sbom --format spdx` writes it
        renderers.put("spdx", () -> Spdx3Writer.write(result.sbom(), result.target().digest(),
                time));
        renderers.put("table", () -> TableReport.render(result, false));
        Map<String, byte[]> reports = new LinkedHashMap<>();
        if (result.sbom().components().size() > PARALLEL_UP_TO) {
            renderers.forEach((format, render) -> reports.put(format, gzip(render.get())));
            return reports;
        }
        Map<String, FutureTask<byte[]>> tasks = new LinkedHashMap<>();
        renderers.forEach((format, render) -> {
            FutureTask<byte[]> task = new FutureTask<>(() -> gzip(render.get()));
            tasks.put(format, task);
            workers.execute(task);
        });
        // This thread is a worker too: it runs every task no other worker has started, so a
        // pool whose threads all wait here still finishes (FutureTask runs once, whoever asks).
        tasks.values().forEach(FutureTask::run);
        tasks.forEach((format, task) -> reports.put(format, resultOf(task)));
        return reports;
    }

    private static byte[] resultOf(FutureTask<byte[]> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering reports", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Fast gzip: reports are served as stored to clients that accept gzip. */
    static byte[] gzip(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, utf8.length / 8));
        try (GZIPOutputStream out = new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            out.write(utf8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
