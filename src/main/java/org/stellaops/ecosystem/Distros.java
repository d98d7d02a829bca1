// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.ecosystem;

import java.util.Set;

/** The OSV ecosystem families that are operating-system distributions. */
public final class Distros {

    private static final Set<String> FAMILIES = Set.of(
            "Debian", "Ubuntu", "Echo", "Red Hat", "AlmaLinux", "Rocky Linux", "SUSE", "openSUSE",
            "Amazon Linux", "Photon OS", "Azure Linux", "Mariner", "openEuler", "Mageia",
            "Alpine", "Alpaquita", "BellSoft Hardened Containers", "Wolfi", "Chainguard",
            "MinimOS", "CleanStart");

    /** Families whose advisories are not split by release. */
    private static final Set<String> RELEASELESS =
            Set.of("Wolfi", "Chainguard", "SUSE", "openSUSE", "MinimOS", "CleanStart");

    private Distros() {
    }

    public static boolean isDistroFamily(String family) {
        return FAMILIES.contains(family);
    }

    /** True for distros whose advisories apply across releases (or name products instead). */
    public static boolean isReleaseless(String family) {
        return RELEASELESS.contains(family);
    }
}
