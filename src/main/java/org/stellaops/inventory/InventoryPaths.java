// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.ArrayList;
import java.util.List;

/** Moves what was found in one file to another path (hard links, symbolic links). */
final class InventoryPaths {

    private InventoryPaths() {
    }

    /** The detection with every package path under {@code from} moved to {@code to}. */
    static Detection relocate(Detection detection, String from, String to) {
        List<InstalledPackage> moved = new ArrayList<>();
        for (InstalledPackage p : detection.packages()) {
            String path = p.path().equals(from) ? to
                    : p.path().startsWith(from + "!") ? to + p.path().substring(from.length())
                    : p.path();
            moved.add(new InstalledPackage(p.type(), p.namespace(), p.name(), p.version(),
                    p.qualifiers(), p.sourceName(), p.sourceVersion(), p.licenses(), path,
                    p.layer(), p.detector(), p.dev()));
        }
        return new Detection(moved, detection.ownership(), detection.os(),
                detection.warnings());
    }
}
