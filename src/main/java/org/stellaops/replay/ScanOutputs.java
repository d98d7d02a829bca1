// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.stellaops.report.CycloneDxReport;
import org.stellaops.report.JsonReport;
import org.stellaops.report.SarifReport;
import org.stellaops.scan.ScanResult;

/**
 * The outputs of a scan that a manifest records by digest: the three machine-readable reports,
 * whatever {@code --format} printed (the terminal table is for people and not recorded), and
 * the payloads of its attestations when it was attested.
 */
public final class ScanOutputs {

    public static final String JSON = "report.json";
    public static final String CYCLONEDX = "report.cdx.json";
    public static final String SARIF = "report.sarif.json";

    private ScanOutputs() {
    }

    /** Output name to bytes, sorted by name. */
    public static Map<String, byte[]> of(ScanResult result) {
        Map<String, byte[]> outputs = new TreeMap<>();
        outputs.put(JSON, JsonReport.render(result).getBytes(StandardCharsets.UTF_8));
        outputs.put(CYCLONEDX, CycloneDxReport.render(result).getBytes(StandardCharsets.UTF_8));
        outputs.put(SARIF, SarifReport.render(result).getBytes(StandardCharsets.UTF_8));
        return outputs;
    }

    /** Output name to {@code sha256:} digest. */
    public static Map<String, String> digests(Map<String, byte[]> outputs) {
        Map<String, String> digests = new TreeMap<>();
        outputs.forEach((name, bytes) -> digests.put(name, InputStore.digestOf(bytes)));
        return Collections.unmodifiableMap(digests);
    }
}
