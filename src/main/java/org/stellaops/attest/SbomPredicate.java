// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stellaops.sbom.CycloneDxWriter;
import org.stellaops.scan.ScanResult;

/**
 * The predicate of {@code sbom.dsse.json}: the scanned SBOM as the CycloneDX 1.6 JSON document
 * {@code stella sbom} and {@code stella convert} write ({@link CycloneDxWriter}), whatever
 * format was read. Its timestamp is the scan's reference time and its serial number derives
 * from the target digest, so the same scan gives the same predicate.
 */
final class SbomPredicate {

    /** CycloneDX's predicate type in the in-toto attestation registry. */
    static final String TYPE = "https://cyclonedx.org/bom";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SbomPredicate() {
    }

    static ObjectNode of(ScanResult result) {
        String json = CycloneDxWriter.write(result.sbom(), result.referenceTime(),
                result.target().digest());
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // our own writer's output; failing to read it back is a defect, not bad input
            throw new IllegalStateException("CycloneDX writer made unreadable JSON", e);
        }
    }
}
