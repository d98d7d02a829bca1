// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.stellaops.db.Snapshot;
import org.stellaops.match.PackageMatcher;
import org.stellaops.match.SnapshotFixtures;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.Sbom;
import org.stellaops.sbom.SbomComponent;
import org.stellaops.sbom.SbomFormat;
import org.stellaops.scan.SbomScanner;
import org.stellaops.scan.ScanResult;

/**
 * Real scans for the report tests: real OSV records imported into a fresh database, SBOM
 * records run through {@link SbomScanner} and {@link PackageMatcher}. The SBOM model is built
 * here rather than by the CycloneDX reader so the reports can be tested on their own.
 */
final class ReportScans {

    static final Path JUICE_SHOP = Path.of("examples/sbom/juice-shop-11.1.2.cdx.json");

    /** Three days and a half after the mixed snapshot's date (its records' modified time). */
    static final String MIXED_REFERENCE_TIME = "2024-05-04T12:00:00Z";

    static final String CRITICAL_ALPHA = SnapshotFixtures.record("GHSA-2222-3333-5555", "npm",
            "alpha", SnapshotFixtures.fixedRange("0", "1.5.0"), """
            "aliases": ["CVE-2024-2000"], "summary": "Alpha runs code it is sent",
            "severity": [{"type": "CVSS_V3",
                          "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}]""");
    static final String HIGH_ALPHA = SnapshotFixtures.record("GHSA-2222-3333-4444", "npm",
            "alpha", SnapshotFixtures.fixedRange("0", "2.0.0"), """
            "aliases": ["CVE-2024-1000"], "summary": "Alpha can be made to stop",
            "references": [{"type": "ADVISORY", "url": "https://example.org/alpha"}],
            "severity": [{"type": "CVSS_V3",
                          "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"}]""");
    /** A stated severity, and a summary with an escape sequence and a newline in it. */
    static final String MODERATE_BETA = SnapshotFixtures.record("GHSA-2222-3333-6666", "npm",
            "beta", SnapshotFixtures.fixedRange("0", "1.5.0"), """
            "summary": "Beta \\u001b]0;pwned\\u0007 leaks\\nmemory",
            "database_specific": {"severity": "MODERATE"}""");
    static final String GAMMA = SnapshotFixtures.record("GHSA-2222-3333-7777", "npm",
            "gamma", SnapshotFixtures.fixedRange("0", "3.0.0"), "");

    private ReportScans() {
    }

    /**
     * Eight components: alpha twice (two findings), beta (stated severity), gamma at a version
     * SemVer cannot read (unknown), flask (PyPI not covered), one with nothing to match by, one
     * with only a CPE (inferred pkg:generic purl, unmappable), and a clean delta.
     */
    static ScanResult mixed(Path dir) throws Exception {
        Snapshot snapshot = SnapshotFixtures.install(dir, CRITICAL_ALPHA, HIGH_ALPHA,
                MODERATE_BETA, GAMMA);
        List<SbomComponent> components = List.of(
                library("c1", "alpha", "1.0.0", "pkg:npm/alpha@1.0.0", null),
                library("c2", "alpha", "1.0.0", "pkg:npm/alpha@1.0.0", "c1"),
                library("c3", "beta", "1.0.0", "pkg:npm/beta@1.0.0", null),
                library("c4", "gamma", "latest", "pkg:npm/gamma@latest", null),
                library("c5", "flask", "2.0.0", "pkg:pypi/flask@2.0.0", null),
                library("c6", "mystery", "1", null, null),
                new SbomComponent("c7", "openssl", "1.1.1k", "library", null,
                        List.of("cpe:2.3:a:openssl:openssl:1.1.1k:*:*:*:*:*:*:*"), List.of(),
                        Map.of(), null, null, null, null),
                library("c8", "delta", "1.0.0", "pkg:npm/delta@1.0.0", null));
        Sbom sbom = new Sbom(SbomFormat.CYCLONEDX_JSON, "1.6", "shop", "1.0.0", null,
                components, Map.of(), List.of("duplicate bom-ref c9: second one renamed c9#2"));
        return scan(snapshot, "mixed.cdx.json", "mixed".getBytes(StandardCharsets.UTF_8),
                sbom, MIXED_REFERENCE_TIME);
    }

    /** Only the clean delta of {@link #mixed}, against the same records. */
    static ScanResult clean(Path dir) throws Exception {
        Snapshot snapshot = SnapshotFixtures.install(dir, CRITICAL_ALPHA, HIGH_ALPHA);
        Sbom sbom = new Sbom(SbomFormat.CYCLONEDX_JSON, "1.6", null, null, null,
                List.of(library("c1", "delta", "1.0.0", "pkg:npm/delta@1.0.0", null)), Map.of(),
                List.of());
        return scan(snapshot, "clean.cdx.json", "clean".getBytes(StandardCharsets.UTF_8), sbom,
                snapshot.manifest().snapshotDate());
    }

    /** The example Juice Shop SBOM (840 npm packages) against the example GHSA records. */
    static ScanResult juiceShop(Path db) throws Exception {
        Snapshot snapshot = SnapshotFixtures.install(db, List.of(Path.of("examples/advisories")));
        byte[] bytes = Files.readAllBytes(JUICE_SHOP);
        List<SbomComponent> components = new ArrayList<>();
        flatten(new ObjectMapper().readTree(bytes).path("components"), null, components);
        Sbom sbom = new Sbom(SbomFormat.CYCLONEDX_JSON, "1.4", "juice-shop", "11.1.2", null,
                components, Map.of(), List.of());
        return scan(snapshot, JUICE_SHOP.toString(), bytes, sbom,
                snapshot.manifest().snapshotDate());
    }

    private static ScanResult scan(Snapshot snapshot, String origin, byte[] bytes, Sbom sbom,
            String referenceTime) throws Exception {
        String digest = "sha256:" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(bytes));
        LoadedSbom loaded = new LoadedSbom(origin, digest, sbom.format(), sbom);
        return new SbomScanner(new PackageMatcher(snapshot)).scan(loaded, referenceTime);
    }

    private static void flatten(JsonNode array, String parent, List<SbomComponent> out) {
        for (JsonNode node : array) {
            String ref = node.path("bom-ref").asText("component-" + out.size());
            out.add(new SbomComponent(ref, node.path("name").asText(null),
                    node.path("version").asText(null), node.path("type").asText(null),
                    node.path("purl").asText(null), List.of(), List.of(), Map.of(), null, parent,
                    null, null));
            flatten(node.path("components"), ref, out);
        }
    }

    private static SbomComponent library(String ref, String name, String version, String purl,
            String parent) {
        return new SbomComponent(ref, name, version, "library", purl, List.of(), List.of(),
                Map.of(), null, parent, null, null);
    }
}
