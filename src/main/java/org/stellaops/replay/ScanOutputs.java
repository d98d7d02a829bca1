// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.stellaops.attest.ScanAttestations;
import org.stellaops.report.CycloneDxReport;
import org.stellaops.report.JsonReport;
import org.stellaops.report.SarifReport;
import org.stellaops.scan.ScanResult;

/**
 * The outputs of a scan that a manifest records by digest: the three machine-readable reports,
 * whatever {@code --format} printed (the terminal table is for people and not recorded), and
 * the statements of its attestations when it was attested.
 */
public final class ScanOutputs {

    public static final String JSON = "report.json";
    public static final String CYCLONEDX = "report.cdx.json";
    public static final String SARIF = "report.sarif.json";
    public static final String STATEMENT_SUFFIX = ".intoto.json";

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

    /**
     * The reports and, for an attested scan, the statement each envelope signs
     * ({@code sbom.intoto.json} for {@code sbom.dsse.json}, ...). Statements are recorded
     * rather than envelopes because a statement is the same on every run, while signatures of
     * some algorithms (ML-DSA, GOST, ECDSA in the fips profile) are randomised.
     */
    public static Map<String, byte[]> of(ScanResult result, boolean attested) {
        Map<String, byte[]> outputs = of(result);
        if (attested) {
            ScanAttestations.payloads(result, InputStore.digestOf(outputs.get(JSON)))
                    .forEach((envelope, statement) ->
                            outputs.put(statementName(envelope), statement));
        }
        return outputs;
    }

    /** {@code sbom.intoto.json} for {@code sbom.dsse.json}. */
    public static String statementName(String envelope) {
        return envelope.replaceFirst("\\.dsse\\.json$", "") + STATEMENT_SUFFIX;
    }

    /** True when a manifest's outputs show the scan was attested. */
    public static boolean attested(Map<String, String> outputs) {
        return outputs.keySet().stream().anyMatch(name -> name.endsWith(STATEMENT_SUFFIX));
    }

    /** Output name to {@code sha256:} digest. */
    public static Map<String, String> digests(Map<String, byte[]> outputs) {
        Map<String, String> digests = new TreeMap<>();
        outputs.forEach((name, bytes) -> digests.put(name, InputStore.digestOf(bytes)));
        return Collections.unmodifiableMap(digests);
    }
}
