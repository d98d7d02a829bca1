// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.db.Snapshot;
import org.stellaops.match.PackageMatcher;
import org.stellaops.report.JsonReport;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.SbomLoader;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.SbomScanner;

/**
 * The scans the attestation benchmarks sign, made by the real SBOM reader and matcher as
 * {@code stella scan} makes them without VEX or policy (every finding open):
 *
 * <ul>
 *   <li>{@code juice-shop}: examples/sbom/juice-shop-11.1.2.cdx.json (841 components) against
 *       the bundled examples/db, which names a handful of npm advisories: a real SBOM with a
 *       small report;</li>
 *   <li>{@code synthetic-1000}: benchmarks/work/synthetic-1000.cdx.json against the corpus
 *       snapshot benchmarks/work/db, both left by benchmarks/scan.sh or attest.sh: 1,000
 *       components that each sit near an advisory's range, about 8,400 findings and a 13 MB
 *       JSON report, the worst case the scan benchmark uses;</li>
 *   <li>{@code juice-shop-1115}: the corpus's Juice Shop SBOM (CycloneDX 1.4 JSON, 1,115
 *       components, the one {@code scan.sh} and {@code server.sh} use) against the corpus
 *       snapshot: a real SBOM of more than 1,000 components, 16 findings.</li>
 * </ul>
 *
 * Paths are relative to the repository root, where the scripts run JMH.
 */
final class AttestScans {

    /** A scan and the bytes of its JSON report, as a recorded scan has written them. */
    record Scanned(ScanResult result, byte[] report) {
    }

    private AttestScans() {
    }

    static Scanned scan(String input) throws Exception {
        Path sbom;
        Path db;
        switch (input) {
            case "juice-shop" -> {
                sbom = Path.of("examples/sbom/juice-shop-11.1.2.cdx.json");
                db = Path.of("examples/db");
            }
            case "juice-shop-1115" -> {
                sbom = Path.of("../shared/corpus/sbom/cyclonedx/bom-examples/SBOM/juice-shop/"
                        + "via_npm/bare/bom.1.4.json");
                db = Path.of("benchmarks/work/db");
            }
            case "synthetic-1000" -> {
                sbom = Path.of("benchmarks/work/synthetic-1000.cdx.json");
                db = Path.of("benchmarks/work/db");
            }
            default -> throw new IllegalArgumentException("unknown scan input " + input);
        }
        Snapshot snapshot = new AdvisoryDatabase(db, 1).open(null);
        LoadedSbom loaded = SbomLoader.load(sbom, sbom.toString(), null);
        ScanResult result = new SbomScanner(new PackageMatcher(snapshot))
                .scan(loaded, snapshot.manifest().snapshotDate());
        return new Scanned(result, JsonReport.render(result).getBytes(StandardCharsets.UTF_8));
    }
}
