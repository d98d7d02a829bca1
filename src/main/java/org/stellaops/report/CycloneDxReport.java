// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.vulnerability.Vulnerability;
import org.cyclonedx.model.vulnerability.Vulnerability.Analysis;
import org.stellaops.match.Finding;
import org.stellaops.scan.FindingVerdict;
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
 * <p>Each vulnerability carries the final state of its findings in {@code analysis} (see
 * {@link CycloneDxAnalysis}). CycloneDX has one analysis per vulnerability, so findings of one
 * id whose analyses differ (VEX says not_affected for one package, nothing for another) become
 * one vulnerability entry each, with the same id, in report order.
 *
 * <p>Known shortcoming: components that were not matched are listed like the others, without
 * saying so.
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
        List<Finding> findings = result.report().findings();
        List<FindingVerdict> verdicts = result.verdict().findings();
        // by id in report order, then by analysis: one entry per distinct analysis of an id
        Map<String, Map<Analysis, List<Finding>>> groups = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            groups.computeIfAbsent(finding.id(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(CycloneDxAnalysis.of(finding, verdicts.get(i)),
                            k -> new ArrayList<>())
                    .add(finding);
        }
        List<Vulnerability> vulnerabilities = new ArrayList<>();
        groups.forEach((id, byAnalysis) -> byAnalysis.forEach((analysis, group) -> {
            Vulnerability vulnerability = CycloneDxVulnerabilities.vulnerabilityOf(id, group, refs);
            vulnerability.setAnalysis(analysis);
            vulnerabilities.add(vulnerability);
        }));
        bom.setVulnerabilities(vulnerabilities);
        return CycloneDxWriter.json(bom);
    }
}
