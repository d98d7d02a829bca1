// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.util.List;
import org.stellaops.inventory.PackageDetector;

/** The detectors of operating-system identity and OS package databases. */
public final class OsDetectors {

    private OsDetectors() {
    }

    /** Every OS detector, in a fixed order. */
    public static List<PackageDetector> all() {
        return List.of(
                new OsReleaseDetector(),
                new DpkgStatusDetector(),
                new DpkgFileListDetector(),
                new ApkInstalledDetector(),
                new RpmDatabaseDetector());
    }
}
