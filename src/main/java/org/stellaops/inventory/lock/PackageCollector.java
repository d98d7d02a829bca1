// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stellaops.inventory.InstalledPackage;

/**
 * The packages of one lockfile, each once, in the order first seen. A package that a lockfile
 * names several times (npm's nested copies, one entry per target framework) is development-only
 * when every mention says so.
 */
final class PackageCollector {

    private final Map<String, InstalledPackage> packages = new LinkedHashMap<>();

    void add(InstalledPackage found) {
        String key = found.type() + '\n' + found.namespace() + '\n' + found.name() + '\n'
                + found.version() + '\n' + found.qualifiers();
        InstalledPackage known = packages.get(key);
        if (known == null) {
            packages.put(key, found);
        } else if (known.dev() && !found.dev()) {
            packages.put(key, known.withDev(false));
        }
    }

    List<InstalledPackage> packages() {
        return new ArrayList<>(packages.values());
    }
}
