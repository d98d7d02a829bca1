// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyclonedx.Version;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.stellaops.sbom.CycloneDxWriter;
import org.stellaops.scan.ScanResult;

/**
 * The predicate of {@code sbom.dsse.json}: the scanned SBOM as the CycloneDX 1.6 JSON document
 * {@code stella sbom} and {@code stella convert} write ({@link CycloneDxWriter#write}, same
 * model, same serial number seed), whatever format was read. Its timestamp is the scan's
 * reference time and its serial number derives from the target digest, so the same scan gives
 * the same predicate.
 *
 * <p>The document is taken from the library as a tree rather than as the text
 * {@link CycloneDxWriter#write} prints: printing and parsing it back was two thirds of this
 * predicate's cost. A test checks the two are the same document.
 */
final class SbomPredicate {

    /** CycloneDX's predicate type in the in-toto attestation registry. */
    static final String TYPE = "https://cyclonedx.org/bom";

    private SbomPredicate() {
    }

    static ObjectNode of(ScanResult result) {
        String serialNumber = CycloneDxWriter.serialNumberOf("sbom", result.target().digest());
        JsonNode tree = BomGeneratorFactory.createJson(Version.VERSION_16,
                CycloneDxWriter.bomOf(result.sbom(), result.referenceTime(), serialNumber))
                .toJsonNode();
        if (!(tree instanceof ObjectNode document)) {
            throw new IllegalStateException("CycloneDX generator made no JSON object");
        }
        return document;
    }
}
