// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * line. Formats are rendered and compressed one at a time, so at most one rendering is held
 * as text: for a large SBOM each is tens of MB.
 */
final class ReportSet {

    /** Formats kept, as {@code ?format=} names them. */
    static final List<String> FORMATS = List.of("json", "cyclonedx", "sarif", "spdx", "table");

    private ReportSet() {
    }

    static Map<String, byte[]> render(ScanResult result, String created) {
        Map<String, byte[]> reports = new LinkedHashMap<>();
        reports.put("json", gzip(JsonReport.render(result)));
        reports.put("cyclonedx", gzip(CycloneDxReport.render(result)));
        reports.put("sarif", gzip(SarifReport.render(result)));
        // the SPDX rendering is the SBOM alone, as `stella sbom --format spdx` writes it
        reports.put("spdx", gzip(Spdx3Writer.write(result.sbom(), result.target().digest(),
                created != null ? created : result.referenceTime())));
        reports.put("table", gzip(TableReport.render(result, false)));
        return reports;
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
