// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.util.List;
import java.util.Map;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.vulnerability.Vulnerability;
import org.stellaops.sbom.CycloneDxWriter;
import org.stellaops.scan.ScanResult;

/**
 * The CycloneDX 1.6 report of a scan: the scanned SBOM's components, written by
 * {@link CycloneDxWriter}, plus one {@code vulnerabilities} entry per vulnerability id (see
 * {@link CycloneDxVulnerabilities}). Built on cyclonedx-core-java's model and generator, like the
 * SBOM writer.
 *
 * <p>Deterministic: {@code metadata.timestamp} is the scan's reference time, the serial number a
 * name-based UUID of the input digest, the snapshot digest and the reference time, and every list
 * follows report order. {@code metadata.properties} names the snapshot ({@code stella:snapshot}).
 *
 * <p>Known shortcoming: no {@code analysis} is written; VEX will set its state and
 * justification. Components that were not matched are listed like the others, without saying
 * so.
 */
public final class CycloneDxReport {

    private CycloneDxReport() {
    }

    public static String render(ScanResult result) {
        String snapshot = result.report().snapshotDigest();
        String serialNumber = CycloneDxWriter.serialNumberOf("report", result.target().digest(),
                snapshot, result.referenceTime());
        Bom bom = CycloneDxWriter.bomOf(result.sbom(), result.referenceTime(), serialNumber);
        Property property = new Property();
        property.setName("stella:snapshot");
        property.setValue(snapshot);
        bom.getMetadata().addProperty(property);
        Map<String, List<String>> refs = result.componentRefs();
        List<Vulnerability> vulnerabilities = Vulnerabilities.byId(result.report().findings())
                .entrySet().stream()
                .map(e -> CycloneDxVulnerabilities.vulnerabilityOf(e.getKey(), e.getValue(), refs))
                .toList();
        bom.setVulnerabilities(vulnerabilities);
        return CycloneDxWriter.json(bom);
    }
}
