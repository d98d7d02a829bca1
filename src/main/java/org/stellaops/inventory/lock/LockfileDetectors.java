// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.util.List;
import org.stellaops.inventory.PackageDetector;

/** The detectors of lockfiles and build manifests, in images and source trees. */
public final class LockfileDetectors {

    private LockfileDetectors() {
    }

    /** Every lockfile detector, in a fixed order. */
    public static List<PackageDetector> all() {
        return List.of();
    }
}
