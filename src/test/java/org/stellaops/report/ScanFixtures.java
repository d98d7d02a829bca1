// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.db.Snapshot;
import org.stellaops.match.PackageMatcher;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.RealSboms;
import org.stellaops.sbom.Sbom;
import org.stellaops.sbom.SbomFormat;
import org.stellaops.scan.SbomScanner;
import org.stellaops.scan.ScanResult;

/**
 * Real scan results: the bundled Juice Shop SBOM matched against the bundled snapshot
 * ({@code examples/db}, built from the GitHub advisories in {@code examples/advisories}), the way
 * {@code stella scan} does it.
 */
final class ScanFixtures {

    static final Path EXAMPLE_DB = Path.of("examples/db");

    private ScanFixtures() {
    }

    static ScanResult juiceShop(String referenceTime) throws Exception {
        return juiceShop(referenceTime, UnaryOperator.identity());
    }

    /** The scan of the Juice Shop SBOM after {@code change}, e.g. to give components locations. */
    static ScanResult juiceShop(String referenceTime, UnaryOperator<Sbom> change)
            throws Exception {
        Path file = RealSboms.JUICE_SHOP;
        String digest = "sha256:" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        LoadedSbom loaded = new LoadedSbom(file.toString(), digest, SbomFormat.CYCLONEDX_JSON,
                change.apply(RealSboms.read(file)));
        Snapshot snapshot = new AdvisoryDatabase(EXAMPLE_DB, 5).open(null);
        return new SbomScanner(new PackageMatcher(snapshot)).scan(loaded, referenceTime);
    }
}
