// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.stellaops.inventory.lang.LanguageDetectors;
import org.stellaops.inventory.lock.LockfileDetectors;
import org.stellaops.inventory.os.OsDetectors;

/** Every detector the analyzers run, in a fixed order (OS first, then language, then lockfiles). */
public final class Detectors {

    /**
     * Part of every layer cache key: bump it whenever a detector changes what it finds, so cached
     * layer results of an older analyzer are not reused.
     */
    public static final String ANALYZER_VERSION = "1";

    private Detectors() {
    }

    private static final Set<String> LOCKFILE_IDS = LockfileDetectors.all().stream()
            .map(PackageDetector::id).collect(Collectors.toUnmodifiableSet());

    /** Whether packages of this detector come from a lockfile or manifest, not an install. */
    public static boolean isLockfile(String detectorId) {
        return LOCKFILE_IDS.contains(detectorId);
    }

    /** All detectors. */
    public static List<PackageDetector> all() {
        List<PackageDetector> all = new ArrayList<>(OsDetectors.all());
        all.addAll(LanguageDetectors.all());
        all.addAll(LockfileDetectors.all());
        return List.copyOf(all);
    }
}
