// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.util.Locale;
import java.util.Map;

/**
 * Trivy's OS family names ({@code Metadata.OS.Family}, and the name of the OS package in the
 * SPDX Trivy writes) as os-release ids, the spelling {@link OsInfo#id()} promises. Families
 * already spelled as os-release spells them pass through lower-cased.
 */
final class TrivyOsFamilies {

    private static final Map<String, String> IDS = Map.ofEntries(
            Map.entry("redhat", "rhel"), Map.entry("alma", "almalinux"),
            Map.entry("amazon", "amzn"), Map.entry("oracle", "ol"),
            Map.entry("opensuse.leap", "opensuse-leap"),
            Map.entry("opensuse.tumbleweed", "opensuse-tumbleweed"),
            Map.entry("suse linux enterprise server", "sles"),
            Map.entry("suse linux enterprise micro", "sle-micro"),
            Map.entry("cbl-mariner", "mariner"));

    private TrivyOsFamilies() {
    }

    static String osReleaseId(String family) {
        String key = family.strip().toLowerCase(Locale.ROOT);
        return IDS.getOrDefault(key, key);
    }
}
