// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.db.Snapshot;
import org.stellaops.match.PackageMatcher;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.RealSboms;
import org.stellaops.sbom.SbomFormat;
import org.stellaops.scan.SbomScanner;
import org.stellaops.scan.ScanResult;

/**
 * Real scans to attest, made the way {@code stella scan} makes them: a real SBOM matched against
 * the bundled snapshot ({@code examples/db}). Juice Shop has findings but no dependency graph,
 * Dropwizard has a graph.
 */
final class AttestScans {

    static final String REFERENCE_TIME = "2024-10-04T20:31:00Z";

    private AttestScans() {
    }

    static ScanResult juiceShop() throws Exception {
        return scan(RealSboms.JUICE_SHOP);
    }

    static ScanResult dropwizard() throws Exception {
        return scan(RealSboms.DROPWIZARD);
    }

    private static ScanResult scan(Path file) throws Exception {
        String digest = "sha256:" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        LoadedSbom loaded = new LoadedSbom(file.toString(), digest, SbomFormat.CYCLONEDX_JSON,
                RealSboms.read(file));
        Snapshot snapshot = new AdvisoryDatabase(Path.of("examples/db"), 5).open(null);
        return new SbomScanner(new PackageMatcher(snapshot)).scan(loaded, REFERENCE_TIME);
    }
}
