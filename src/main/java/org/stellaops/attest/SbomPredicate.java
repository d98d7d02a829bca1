// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stellaops.sbom.CycloneDxWriter;
import org.stellaops.scan.ScanResult;

/**
 * The predicate of {@code sbom.dsse.json}: the scanned SBOM as the CycloneDX 1.6 JSON document
 * {@code stella sbom} and {@code stella convert} write ({@link CycloneDxWriter}), whatever
 * format was read. Its timestamp is the scan's reference time and its serial number derives
 * from the target digest, so the same scan gives the same predicate. The tree is made by
 * {@link CycloneDxTrees}, which keeps the library's configured mapper between scans.
 */
final class SbomPredicate {

    /** CycloneDX's predicate type in the in-toto attestation registry. */
    static final String TYPE = "https://cyclonedx.org/bom";

    private SbomPredicate() {
    }

    static ObjectNode of(ScanResult result) {
        // what CycloneDxWriter.write(sbom, referenceTime, digest) renders, as a tree
        return CycloneDxTrees.treeOf(CycloneDxWriter.bomOf(result.sbom(),
                result.referenceTime(), CycloneDxWriter.serialNumberOf("sbom",
                        result.target().digest())));
    }
}
