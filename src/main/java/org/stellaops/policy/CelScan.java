// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.time.Instant;

/**
 * The {@code scan} CEL variable in typed fields for the fast path, matching
 * {@link CelVariables#forScan}: texts are {@code ""} when missing and an unusable reference
 * time is null (the map leaves the key out).
 */
record CelScan(
        Instant referenceTime,
        String targetKind,
        String targetRef,
        String targetDigest,
        String snapshotDigest,
        String snapshotDate) {

    static CelScan of(ScanFacts scan, Instant referenceTime) {
        return new CelScan(referenceTime, text(scan.targetKind()), text(scan.targetRef()),
                text(scan.targetDigest()), text(scan.snapshotDigest()), text(scan.snapshotDate()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
