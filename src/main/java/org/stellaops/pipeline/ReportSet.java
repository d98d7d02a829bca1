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
import java.util.TreeMap;
import org.stellaops.replay.InputStore;
import org.stellaops.replay.ScanOutputs;
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

    /** Output names of a replay manifest, by the format that is that output. */
    private static final Map<String, String> RECORDED = Map.of("json", ScanOutputs.JSON,
            "cyclonedx", ScanOutputs.CYCLONEDX, "sarif", ScanOutputs.SARIF);

    /**
     * @param reports format to the rendered document, gzip
     * @param digests the replay manifest's output name to the digest of the document as
     *     rendered (before gzip), for the formats a manifest records
     */
    record Rendered(Map<String, byte[]> reports, Map<String, String> digests) {
    }

    /** One format rendered: the gzip bytes, and the digest when the format is recorded. */
    private record One(byte[] gzip, String digest) {
    }

    static Rendered render(ScanResult result, String created, Executor workers) {
        String time = created != null ? created : result.referenceTime();
        Map<String, Supplier<String>> renderers = new LinkedHashMap<>();
        renderers.put("json", () -> JsonReport.render(result));
        renderers.put("cyclonedx", () -> CycloneDxReport.render(result));
        renderers.put("sarif", () -> SarifReport.render(result));
        // the SPDX rendering is the SBOM alone, as `stella sbom --format spdx` writes it
        renderers.put("spdx", () -> Spdx3Writer.write(result.sbom(), result.target().digest(),
                time));
        renderers.put("table", () -> TableReport.render(result, false));
        Map<String, One> rendered = new LinkedHashMap<>();
        if (result.sbom().components().size() > PARALLEL_UP_TO) {
            renderers.forEach((format, render) -> rendered.put(format, one(format, render)));
            return collected(rendered);
        }
        Map<String, FutureTask<One>> tasks = new LinkedHashMap<>();
        renderers.forEach((format, render) -> {
            FutureTask<One> task = new FutureTask<>(() -> one(format, render));
            tasks.put(format, task);
            workers.execute(task);
        });
        // This thread is a worker too: it runs every task no other worker has started, so a
        // pool whose threads all wait here still finishes (FutureTask runs once, whoever asks).
        tasks.values().forEach(FutureTask::run);
        tasks.forEach((format, task) -> rendered.put(format, resultOf(task)));
        return collected(rendered);
    }

    private static One one(String format, Supplier<String> render) {
        byte[] utf8 = render.get().getBytes(StandardCharsets.UTF_8);
        return new One(gzip(utf8), RECORDED.containsKey(format) ? InputStore.digestOf(utf8)
                : null);
    }

    private static Rendered collected(Map<String, One> rendered) {
        Map<String, byte[]> reports = new LinkedHashMap<>();
        Map<String, String> digests = new TreeMap<>();
        rendered.forEach((format, one) -> {
            reports.put(format, one.gzip());
            if (one.digest() != null) {
                digests.put(RECORDED.get(format), one.digest());
            }
        });
        return new Rendered(reports, digests);
    }

    private static One resultOf(FutureTask<One> task) {
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
        return gzip(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] utf8) {
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
