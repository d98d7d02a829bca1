// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stellaops.attest.AttestationException;
import org.stellaops.attest.Envelope;

/**
 * Ties the signed envelopes of an evidence folder to its manifest: each envelope beside the
 * manifest must sign exactly the statement the manifest records by digest. A replay that
 * checks only the manifest would otherwise accept a manifest edited to match a different scan;
 * with this check, an unchanged signature over the statement also vouches for the manifest's
 * record of it. Signatures themselves are {@code stella verify}'s to check.
 */
public final class EnvelopePayloads {

    private static final String ENVELOPE_SUFFIX = ".dsse.json";

    private EnvelopePayloads() {
    }

    /**
     * One difference per envelope in {@code dir} whose payload is not the recorded statement,
     * and one when the manifest's own envelope signs another manifest; envelopes that are
     * absent are not differences (a manifest may be written alone).
     */
    public static List<OutputDifference> compare(Path dir, ReplayManifest srm)
            throws IOException, ReplayException {
        List<OutputDifference> differences = new ArrayList<>();
        Path manifestEnvelope = dir.resolve(ManifestAttestation.FILE);
        if (Files.isRegularFile(manifestEnvelope)) {
            String expected = InputStore.digestOf(
                    ManifestAttestation.statementOf(srm).toBytes());
            String signed = payloadDigest(manifestEnvelope);
            if (!signed.equals(expected)) {
                differences.add(new OutputDifference(ManifestAttestation.FILE, expected, signed,
                        "in what it signs: the signed manifest is not this srm.yaml (it was "
                                + "edited after signing, or belongs to another scan)"));
            }
        }
        Map<String, String> outputs = srm.outputs();
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            String name = output.getKey();
            if (!name.endsWith(ScanOutputs.STATEMENT_SUFFIX)) {
                continue;
            }
            String envelopeName = name.substring(0,
                    name.length() - ScanOutputs.STATEMENT_SUFFIX.length()) + ENVELOPE_SUFFIX;
            Path envelope = dir.resolve(envelopeName);
            if (!Files.isRegularFile(envelope)) {
                continue;
            }
            String signed = payloadDigest(envelope);
            if (!signed.equals(output.getValue())) {
                differences.add(new OutputDifference(envelopeName, output.getValue(), signed,
                        "in what it signs: the envelope's statement is not the one the "
                                + "manifest records as " + name));
            }
        }
        return differences;
    }

    private static String payloadDigest(Path envelope) throws IOException, ReplayException {
        try (InputStream in = Files.newInputStream(envelope)) {
            return InputStore.digestOf(Envelope.read(in, Envelope.DEFAULT_MAX_BYTES).payload());
        } catch (AttestationException e) {
            throw new ReplayException(envelope + ": " + e.getMessage(), e);
        }
    }
}
