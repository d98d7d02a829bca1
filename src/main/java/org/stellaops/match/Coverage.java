// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.stellaops.db.SnapshotManifest;
import org.stellaops.ecosystem.Ecosystem;

/**
 * Which ecosystems and distro releases a snapshot covers, so that an empty result can be told
 * apart from missing data.
 */
final class Coverage {

    private final Set<String> families = new HashSet<>();
    private final Set<String> releases = new HashSet<>();
    private final SortedSet<String> names = new TreeSet<>();

    Coverage(SnapshotManifest manifest) {
        for (String name : manifest.ecosystems().keySet()) {
            Ecosystem ecosystem = Ecosystem.parse(name);
            families.add(ecosystem.family());
            releases.add(ecosystem.family() + ':' + ecosystem.release());
            names.add(name);
        }
    }

    /** Null when covered, else the reason it is not. */
    String gap(PackageQuery query) {
        if (!families.contains(query.family())) {
            return "the snapshot holds no " + query.family() + " advisories";
        }
        if (!query.isDistro() || PurlMapping.isReleaseless(query.family())) {
            return null;
        }
        if (query.release().isEmpty()) {
            return "the purl names no " + query.family()
                    + " release (a distro qualifier such as distro=debian-12)";
        }
        if (!releases.contains(query.family() + ':' + query.release())) {
            return "the snapshot holds no advisories for " + query.ecosystemLabel();
        }
        return null;
    }

    /** Every ecosystem name in the snapshot, sorted. */
    SortedSet<String> ecosystems() {
        return names;
    }
}
