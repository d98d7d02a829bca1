// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.stellaops.match.Finding;
import org.stellaops.sbom.SbomComponent;
import org.stellaops.sbom.StellaTool;
import org.stellaops.scan.FindingVerdict;
import org.stellaops.scan.ScanResult;

/**
 * The SARIF 2.1.0 report of a scan, in the subset GitHub code scanning reads: one rule per
 * vulnerability id (see {@link SarifRules}), one result per finding, i.e. per vulnerability and
 * affected package.
 *
 * <p>A result is located where the SBOM says its components were found
 * ({@link SbomComponent#location()}: a file path or layer digest), at most
 * {@value #MAX_LOCATIONS} of them, sorted; without one, at the scanned SBOM itself, as the user
 * named it ({@code -} for standard input, which GitHub cannot show in a file). SBOMs have
 * no line numbers, so the region is line 1. The path is used as given: GitHub wants paths
 * relative to the repository root, so scan with a relative path for alerts that open the file.
 * {@code partialFingerprints} carries a SHA-256 of vulnerability id and purl, so an alert keeps
 * its identity across runs whatever else changes.
 *
 * <p>A finding that VEX or policy closed is still reported, marked suppressed with the
 * justification ({@link SarifSuppressions}), as code scanning expects of dismissed alerts.
 *
 * <p>Deterministic: no timestamps and no {@code invocations} (optional in SARIF); rules and
 * results follow report order. Written with Jackson: no SARIF library is among our
 * dependencies, and the subset is a dozen fields. A test validates it against the OASIS schema.
 */
public final class SarifReport {

    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** GitHub code scanning keeps at most this many locations of a result. */
    static final int MAX_LOCATIONS = 10;
    static final String FINGERPRINT = "stellaVulnerabilityPurl/v1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SarifReport() {
    }

    public static String render(ScanResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", StellaTool.NAME);
        driver.put("informationUri", StellaTool.INFORMATION_URI);
        driver.put("version", StellaTool.version());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        Vulnerabilities.byId(result.report().findings()).forEach((id, findings) -> {
            ruleIndex.put(id, rules.size());
            SarifRules.writeRule(rules.addObject(), id, findings);
        });
        Map<String, SbomComponent> byRef = new HashMap<>();
        result.sbom().components().forEach(c -> byRef.put(c.ref(), c));
        ArrayNode results = run.putArray("results");
        List<Finding> findings = result.report().findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            FindingVerdict verdict = result.verdict().findings().get(i);
            ObjectNode node = results.addObject();
            node.put("ruleId", finding.id());
            node.put("ruleIndex", ruleIndex.get(finding.id()));
            node.put("level", SarifRules.levelOf(finding.severity().level()));
            node.putObject("message").put("text", messageOf(finding));
            writeLocations(node.putArray("locations"), locationsOf(finding, result, byRef));
            node.putObject("partialFingerprints").put(FINGERPRINT, fingerprintOf(finding));
            SarifSuppressions.write(node, verdict);
            ObjectNode properties = node.putObject("properties");
            properties.put("purl", finding.purl());
            properties.put("installedVersion", finding.installedVersion());
            finding.fixedVersions().forEach(properties.putArray("fixedVersions")::add);
            properties.put("stella:state", verdict.state());
            properties.put("stella:vexStatus", verdict.vex().status().wire());
            properties.put("stella:action", verdict.finalAction());
            if (verdict.policy() != null && verdict.policy().rule() != null) {
                properties.put("stella:rule", verdict.policy().rule());
            }
        }
        run.putObject("properties").put("stella:snapshot", result.report().snapshotDigest());
        return root.toPrettyString() + "\n";
    }

    private static String messageOf(Finding f) {
        String fix = f.fixedVersions().isEmpty()
                ? "No fixed version is known."
                : "Fixed in " + String.join(", ", f.fixedVersions()) + ".";
        String summary = f.summary() == null || f.summary().isBlank()
                ? "" : ": " + f.summary().strip().replaceAll("\\.+$", "");
        return f.purl() + " is affected by " + f.id() + summary + ". " + fix;
    }

    private static List<String> locationsOf(Finding finding, ScanResult result,
            Map<String, SbomComponent> byRef) {
        TreeSet<String> locations = new TreeSet<>();
        for (String ref : result.componentRefs().getOrDefault(finding.purl(), List.of())) {
            SbomComponent component = byRef.get(ref);
            if (component != null && component.location() != null
                    && !component.location().isBlank()) {
                locations.add(component.location());
            }
        }
        if (locations.isEmpty()) {
            return List.of(result.target().ref());
        }
        return locations.stream().limit(MAX_LOCATIONS).toList();
    }

    private static void writeLocations(ArrayNode array, List<String> locations) {
        for (String location : locations) {
            ObjectNode physical = array.addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uriOf(location));
            physical.putObject("region").put("startLine", 1);
        }
    }

    /** A path or digest as a URI reference: forward slashes, unsafe characters escaped. */
    static String uriOf(String location) {
        String path = location.replace('\\', '/');
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            // a path that still does not parse, e.g. "a:b:c" read as a scheme: escape it all
            return URLEncoder.encode(path, StandardCharsets.UTF_8).replace("%2F", "/");
        }
    }

    private static String fingerprintOf(Finding finding) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (finding.id() + "\n" + finding.purl()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
