// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stellaops.report.CycloneDxReport;
import org.stellaops.report.JsonReport;
import org.stellaops.report.SarifReport;
import org.stellaops.report.TableReport;
import org.stellaops.sbom.Spdx3Writer;
import org.stellaops.scan.ScanResult;

/**
 * Renders every report format of a scan at once. The server keeps them all because the scan
 * result itself does not outlive the worker that made it, and any replica must be able to
 * answer for any format later. Each rendering is deterministic, as on the command line.
 */
final class ReportSet {

    /** Formats kept, as {@code ?format=} names them. */
    static final List<String> FORMATS = List.of("json", "cyclonedx", "sarif", "spdx", "table");

    private ReportSet() {
    }

    static Map<String, String> render(ScanResult result, String created) {
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("json", JsonReport.render(result));
        reports.put("cyclonedx", CycloneDxReport.render(result));
        reports.put("sarif", SarifReport.render(result));
        // the SPDX rendering is the SBOM alone, as `stella sbom --format spdx` writes it
        reports.put("spdx", Spdx3Writer.write(result.sbom(), result.target().digest(),
                created != null ? created : result.referenceTime()));
        reports.put("table", TableReport.render(result, false));
        return reports;
    }
}
