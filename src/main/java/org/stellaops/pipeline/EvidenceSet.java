// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.stellaops.attest.ScanAttestations;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.replay.InputRole;
import org.stellaops.replay.ManifestAttestation;
import org.stellaops.replay.ReplayManifest;
import org.stellaops.replay.ScanOutputs;
import org.stellaops.replay.SrmYaml;
import org.stellaops.replay.ToolBuild;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.VexEvidence;
import org.stellaops.vex.VexDocument;

/**
 * The attest stage's product: the scan's replay manifest and its signed envelopes, under the
 * names the server stores them by ({@link #SRM}, and {@link #ATTESTATION_PREFIX} plus the file
 * name). The manifest is the one {@code stella scan --srm} writes for the same inputs, but for
 * the tool build and the command-line settings; its outputs are the digests of the reports the
 * server keeps, which are the bytes the command line writes.
 */
public final class EvidenceSet {

    public static final String SRM = "srm";
    public static final String ATTESTATION_PREFIX = "attestation:";

    private EvidenceSet() {
    }

    /**
     * @param vex the VEX given with the scan and standing for its client (not the SBOM's own,
     *     which the SBOM input carries)
     * @param reportDigests output name ({@link ScanOutputs#JSON}, ...) to digest
     */
    static Map<String, byte[]> make(ScanResult result, VexEvidence vex, PolicyEngine policy,
            Map<String, String> reportDigests, EvidenceSettings settings) {
        Map<String, String> outputs = new TreeMap<>(reportDigests);
        Map<String, byte[]> stored = new LinkedHashMap<>();
        if (settings.keys() != null) {
            SortedMap<String, byte[]> payloads = ScanAttestations.payloads(result,
                    reportDigests.get(ScanOutputs.JSON));
            payloads.forEach((name, payload) -> outputs.put(ScanOutputs.statementName(name),
                    digestOf(payload)));
            ScanAttestations.signPayloads(payloads, settings.keys()).forEach((name, bytes) ->
                    stored.put(ATTESTATION_PREFIX + name, ReportSet.gzip(bytes)));
        }
        ReplayManifest srm = new ReplayManifest(ToolBuild.current(),
                new ReplayManifest.Subject(result.target().kind(), result.target().ref(),
                        result.target().digest(), result.target().format()),
                result.report().snapshotDigest(), result.referenceTime(),
                inputsOf(result, vex, policy), settings.configuration(), outputs);
        stored.put(SRM, ReportSet.gzip(SrmYaml.write(srm)));
        if (settings.keys() != null) {
            ScanAttestations.sign(new TreeMap<>(Map.of(ManifestAttestation.FILE,
                    ManifestAttestation.statementOf(srm))), settings.keys()).forEach(
                            (name, bytes) -> stored.put(ATTESTATION_PREFIX + name,
                                    ReportSet.gzip(bytes)));
        }
        return stored;
    }

    private static List<ReplayManifest.Input> inputsOf(ScanResult result, VexEvidence vex,
            PolicyEngine policy) {
        List<ReplayManifest.Input> inputs = new ArrayList<>();
        if ("sbom".equals(result.target().kind())) {
            inputs.add(new ReplayManifest.Input(InputRole.SBOM, result.target().ref(),
                    result.target().digest()));
        }
        for (VexDocument document : vex.documents()) {
            inputs.add(new ReplayManifest.Input(InputRole.VEX, document.origin(),
                    document.digest()));
        }
        if (policy != null) {
            inputs.add(new ReplayManifest.Input(InputRole.POLICY, policy.policy().origin(),
                    policy.policy().sourceDigest()));
        }
        return inputs;
    }

    private static String digestOf(byte[] bytes) {
        return org.stellaops.replay.InputStore.digestOf(bytes);
    }
}
