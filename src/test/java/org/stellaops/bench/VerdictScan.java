// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.stellaops.match.Finding;
import org.stellaops.match.MatchedRange;
import org.stellaops.match.ScanReport;
import org.stellaops.sbom.Sbom;
import org.stellaops.sbom.SbomComponent;
import org.stellaops.sbom.SbomFormat;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.ScanTarget;
import org.stellaops.severity.Severity;
import org.stellaops.severity.SeverityLevel;

/**
 * A synthetic image scan for {@link VerdictBenchmark}: findings made with the real
 * {@link Finding} and {@link ScanResult} constructors, drawn from a fixed seed, so every run
 * measures the same scan. The shapes follow what real scans of the corpus give: several
 * findings per package, GHSA ids with CVE aliases for language packages, ALSA ids with one to
 * three CVEs for rpm, bare CVEs for deb, a quarter without a fix, a CVSS vector on most.
 *
 * <p>Synthetic rather than a real scan because the bundled example snapshot holds a handful of
 * npm advisories, and the corpus snapshot (benchmarks/work/db-1x) exists only after core.sh;
 * VEX and policy cost depends on counts and shapes, not on which advisory an id names.
 */
final class VerdictScan {

    static final String REFERENCE_TIME = "2026-06-01T00:00:00Z";
    static final String IMAGE_DIGEST =
            "sha256:5e1f0c6b8d2a4f7e9c3b1a0d6e8f2c4b7a9d1e3f5c7b9a2d4e6f8a0c2e4b6d8f";
    static final String IMAGE_REF = "registry.example/shop/checkout:2.4.1";
    static final List<String> LAYERS = List.of(
            "sha256:0b1e4c9a", "sha256:3d7f2a18", "sha256:6a90c4e2",
            "sha256:9f31b7d5", "sha256:c2e85f03", "sha256:e7a4d169");

    /** One scanned package: its purl and the parts the policy sees. */
    record Pkg(String purl, String name, String ecosystem, String version, String ref) {
    }

    final List<Finding> findings;
    final Map<String, Pkg> packageOf = new HashMap<>();
    final Map<String, String> publishedOf = new HashMap<>();
    final ScanResult result;

    private final Random random;
    private int cve = 10_000;

    VerdictScan(long seed, int findingCount) {
        random = new Random(seed);
        List<SbomComponent> components = new ArrayList<>();
        Map<String, List<String>> refs = new TreeMap<>();
        List<Finding> made = new ArrayList<>();
        for (int n = 0; made.size() < findingCount; n++) {
            Pkg pkg = packageNumber(n);
            packageOf.put(pkg.purl(), pkg);
            components.add(componentOf(pkg));
            refs.put(pkg.purl(), List.of(pkg.ref()));
            // one to four findings per package, fewer on average than the corpus worst case
            int count = Math.min(1 + random.nextInt(4), findingCount - made.size());
            for (int i = 0; i < count; i++) {
                made.add(findingOf(pkg));
            }
        }
        made.sort(Finding.REPORT_ORDER);
        findings = List.copyOf(made);
        Sbom sbom = new Sbom(SbomFormat.CYCLONEDX_JSON, "1.6", "checkout", "2.4.1", null,
                components, Map.of(), List.of());
        ScanReport report = new ScanReport(IMAGE_REF, "sha256:feedfacecafe", "2026-05-31",
                List.of("npm", "PyPI", "Maven", "Go", "AlmaLinux:9", "Debian:12"),
                components.size(), findings, List.of(), List.of());
        result = new ScanResult(new ScanTarget("image", IMAGE_REF, IMAGE_DIGEST, "oci"),
                REFERENCE_TIME, sbom, report, refs, List.of(), 0);
    }

    private Pkg packageNumber(int n) {
        String name = Words.NAMES[n % Words.NAMES.length]
                + (n < Words.NAMES.length ? "" : "-" + n / Words.NAMES.length);
        String version = (1 + random.nextInt(4)) + "." + random.nextInt(20) + "."
                + random.nextInt(10);
        String ref = "pkg-" + n;
        return switch (n % 10) {
            case 0, 1, 2 -> new Pkg("pkg:npm/" + name + "@" + version, name, "npm", version, ref);
            case 3, 4 -> new Pkg("pkg:pypi/" + name + "@" + version, name, "pypi", version, ref);
            case 5 -> new Pkg("pkg:maven/org." + name + "/" + name + "-core@" + version,
                    name + "-core", "maven", version, ref);
            case 6 -> new Pkg("pkg:golang/github.com/" + name + "/" + name + "@v" + version,
                    name, "golang", "v" + version, ref);
            case 7, 8 -> new Pkg("pkg:rpm/almalinux/" + name + "@" + version + "-3.el9"
                    + "?arch=x86_64&distro=almalinux-9", name, "rpm", version + "-3.el9", ref);
            default -> new Pkg("pkg:deb/debian/" + name + "@" + version + "-1"
                    + "?arch=amd64&distro=debian-12", name, "deb", version + "-1", ref);
        };
    }

    private SbomComponent componentOf(Pkg pkg) {
        List<String> cpes = pkg.ecosystem().equals("rpm") || pkg.ecosystem().equals("deb")
                ? List.of("cpe:2.3:a:" + pkg.name() + ":" + pkg.name() + ":"
                        + pkg.version().split("-")[0] + ":*:*:*:*:*:*:*")
                : List.of();
        String layer = LAYERS.get(random.nextInt(LAYERS.size()));
        return new SbomComponent(pkg.ref(), pkg.name(), pkg.version(), "library", pkg.purl(),
                cpes, List.of(), Map.of(), null, null, null, null, Map.of("stella:layer", layer));
    }

    private Finding findingOf(Pkg pkg) {
        List<String> cves = new ArrayList<>();
        int cveCount = pkg.ecosystem().equals("rpm") ? 1 + random.nextInt(3) : 1;
        for (int i = 0; i < cveCount; i++) {
            cves.add("CVE-" + (2019 + random.nextInt(7)) + "-" + cve++);
        }
        String id;
        List<String> aliases;
        switch (pkg.ecosystem()) {
            case "rpm" -> {
                id = "ALSA-2025:" + (1000 + cve);
                aliases = cves;
            }
            case "deb" -> {
                id = cves.get(0);
                aliases = List.of();
            }
            default -> {
                id = ghsa();
                aliases = cves;
            }
        }
        boolean fixed = random.nextInt(4) != 0;
        List<String> fixedVersions = fixed ? List.of(bumped(pkg.version())) : List.of();
        publishedOf.put(id, "2025-%02d-%02dT00:00:00Z".formatted(1 + random.nextInt(12),
                1 + random.nextInt(28)));
        MatchedRange range = new MatchedRange(id, pkg.ecosystem(), pkg.name(),
                fixed ? "introduced 0, fixed " + fixedVersions.get(0) : "introduced 0",
                "affected: " + pkg.version() + " is in range");
        return new Finding(id, List.copyOf(aliases), pkg.purl(), pkg.version(), fixedVersions,
                severity(), "Synthetic advisory for " + pkg.name(),
                List.of("https://osv.dev/" + id), List.of(range));
    }

    private Severity severity() {
        int roll = random.nextInt(100);
        if (roll < 7) {
            return Severity.UNKNOWN;
        }
        String[] vectors = roll < 15 ? Words.CRITICAL : roll < 45 ? Words.HIGH
                : roll < 85 ? Words.MEDIUM : Words.LOW;
        SeverityLevel level = roll < 15 ? SeverityLevel.CRITICAL : roll < 45 ? SeverityLevel.HIGH
                : roll < 85 ? SeverityLevel.MEDIUM : SeverityLevel.LOW;
        int pick = random.nextInt(vectors.length / 2) * 2;
        return new Severity(level, Double.valueOf(vectors[pick + 1]), vectors[pick], "cvss");
    }

    private String ghsa() {
        String alphabet = "23456789cfghjmpqrvwx";
        StringBuilder id = new StringBuilder("GHSA");
        for (int group = 0; group < 3; group++) {
            id.append('-');
            for (int i = 0; i < 4; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return id.toString();
    }

    /** The version with its last upstream number raised: 1.2.3-1 gives 1.2.4-1. */
    private static String bumped(String version) {
        int dash = version.indexOf('-');
        String upstream = dash < 0 ? version : version.substring(0, dash);
        String release = dash < 0 ? "" : version.substring(dash);
        int dot = upstream.lastIndexOf('.');
        int last = Integer.parseInt(upstream.substring(dot + 1));
        return upstream.substring(0, dot + 1) + (last + 1) + release;
    }
}
