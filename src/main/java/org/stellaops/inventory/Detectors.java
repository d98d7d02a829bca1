// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.ArrayList;
import java.util.List;
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

    /** All detectors. */
    public static List<PackageDetector> all() {
        List<PackageDetector> all = new ArrayList<>(OsDetectors.all());
        all.addAll(LanguageDetectors.all());
        all.addAll(LockfileDetectors.all());
        return List.copyOf(all);
    }
}
