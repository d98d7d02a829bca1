// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.util.concurrent.ForkJoinPool;
import org.stellaops.db.Snapshot;
import org.stellaops.match.PackageMatcher;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.scan.SbomScanner;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.VerdictStage;
import org.stellaops.scan.VexEvidence;

/**
 * The match and vex-policy stages of a local scan, shared by {@code stella scan} and
 * {@code stella replay} so that a replay runs exactly the code the scan ran.
 */
final class LocalScan {

    private LocalScan() {
    }

    /**
     * @param evidence the VEX given and that embedded in the target
     * @param referenceOverride the reference time {@code --as-of} (or a manifest) sets, or null
     *     for the snapshot date
     */
    static ScanResult run(ReadTarget read, VexEvidence evidence, PolicyEngine policy,
            Snapshot opened, String referenceOverride) {
        String referenceTime = referenceOverride != null
                ? referenceOverride : opened.manifest().snapshotDate();
        ScanResult matched = new SbomScanner(new PackageMatcher(opened))
                .scan(read.sbom(), read.target(), referenceTime);
        return new VerdictStage(evidence, policy, opened::publishedOf,
                ForkJoinPool.commonPool()).apply(matched);
    }
}
