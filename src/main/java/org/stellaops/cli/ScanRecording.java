// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.stellaops.attest.ScanAttestations;
import org.stellaops.crypto.SigningKeys;
import org.stellaops.replay.InputRole;
import org.stellaops.replay.InputStore;
import org.stellaops.replay.ManifestAttestation;
import org.stellaops.replay.ReplayManifest;
import org.stellaops.replay.ScanOutputs;
import org.stellaops.replay.SrmYaml;
import org.stellaops.replay.ToolBuild;
import org.stellaops.scan.ScanResult;

/**
 * Writes a scan's evidence: the replay manifest ({@code --srm}, and {@code srm.yaml} in an
 * attestation directory) and, with {@code --attest DIR}, the signed envelopes
 * ({@code *.dsse.json}, with {@code *.dsse.chain.pem} when the key has a certificate chain),
 * copies of the inputs by digest and the outputs by name, so that the directory alone replays.
 */
final class ScanRecording {

    static final String SRM_FILE = "srm.yaml";
    static final String INPUTS = "inputs";
    static final String OUTPUTS = "outputs";

    /**
     * What a scan read, as it read it.
     *
     * @param sbomFile the SBOM file scanned (standard input spooled to a file), or null for an
     *     image or folder target
     * @param imageFile the image archive scanned, or null unless the target was a local image
     *     file (a registry image or a folder is replayed from where it is: docs/replay.md)
     * @param configuration the effective settings that affect results (see docs/replay.md)
     */
    record Inputs(Path sbomFile, Path imageFile, List<NamedInput> vex, NamedInput policy,
            String snapshot, Map<String, String> configuration) {
    }

    private ScanRecording() {
    }

    /**
     * Writes what the options ask for; returns the manifest written.
     *
     * @param keys the keys that sign the attestations ({@code --attest}); null for none
     */
    static ReplayManifest write(EvidenceOptions options, ScanResult result, Inputs inputs,
            SigningKeys keys) throws IOException {
        InputStore store = options.attestDir == null ? null
                : new InputStore(options.attestDir.resolve(INPUTS));
        List<ReplayManifest.Input> recorded = new ArrayList<>();
        if (inputs.sbomFile() != null) {
            String digest = store != null ? store.put(inputs.sbomFile())
                    : InputStore.digestOf(inputs.sbomFile());
            if (!digest.equals(result.target().digest())) {
                throw new IOException(inputs.sbomFile() + " changed while it was scanned");
            }
            recorded.add(new ReplayManifest.Input(InputRole.SBOM, result.target().ref(), digest));
        }
        if (inputs.imageFile() != null) {
            String digest = store != null ? store.put(inputs.imageFile())
                    : InputStore.digestOf(inputs.imageFile());
            recorded.add(new ReplayManifest.Input(InputRole.IMAGE, result.target().ref(),
                    digest));
        }
        for (NamedInput document : inputs.vex()) {
            recorded.add(new ReplayManifest.Input(InputRole.VEX, document.origin(),
                    keep(store, document.bytes())));
        }
        if (inputs.policy() != null) {
            recorded.add(new ReplayManifest.Input(InputRole.POLICY, inputs.policy().origin(),
                    keep(store, inputs.policy().bytes())));
        }
        Map<String, byte[]> outputs = ScanOutputs.of(result);
        // each output is hashed once: the report's digest also goes into the statements
        Map<String, String> digests = new TreeMap<>(ScanOutputs.digests(outputs));
        SortedMap<String, byte[]> envelopes = new TreeMap<>();
        if (keys != null) {
            SortedMap<String, byte[]> payloads = ScanAttestations.payloads(result,
                    digests.get(ScanOutputs.JSON));
            payloads.forEach((envelope, payload) -> {
                outputs.put(ScanOutputs.statementName(envelope), payload);
                digests.put(ScanOutputs.statementName(envelope), InputStore.digestOf(payload));
            });
            envelopes.putAll(ScanAttestations.signPayloads(payloads, keys));
        }
        ReplayManifest srm = new ReplayManifest(ToolBuild.current(),
                new ReplayManifest.Subject(result.target().kind(), result.target().ref(),
                        result.target().digest(), result.target().format()),
                result.report().snapshotDigest(), result.referenceTime(), recorded,
                inputs.configuration(), digests);
        byte[] yaml = SrmYaml.write(srm);
        if (keys != null) {
            envelopes.putAll(ScanAttestations.sign(new TreeMap<>(Map.of(
                    ManifestAttestation.FILE, ManifestAttestation.statementOf(srm))), keys));
        }
        if (options.attestDir != null) {
            Path outputDir = options.attestDir.resolve(OUTPUTS);
            Files.createDirectories(outputDir);
            for (Map.Entry<String, byte[]> output : outputs.entrySet()) {
                Files.write(outputDir.resolve(output.getKey()), output.getValue());
            }
            for (Map.Entry<String, byte[]> envelope : envelopes.entrySet()) {
                Files.write(options.attestDir.resolve(envelope.getKey()), envelope.getValue());
            }
            Files.write(options.attestDir.resolve(SRM_FILE), yaml);
        }
        if (options.srm != null) {
            Path parent = options.srm.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(options.srm, yaml);
        }
        return srm;
    }

    private static String keep(InputStore store, byte[] bytes) throws IOException {
        return store != null ? store.put(bytes) : InputStore.digestOf(bytes);
    }
}
