// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.ecosystem;

import java.util.Locale;
import java.util.Map;

/**
 * Brings distro releases to the granularity at which advisories are published, so that a purl
 * saying {@code distro=debian-12.5} finds advisories for {@code Debian:12}: the major version
 * for Debian and the Enterprise Linux family, major.minor for Alpine, the whole release for
 * Ubuntu, Amazon Linux and the rest. Debian and Ubuntu code names are mapped to numbers.
 */
public final class Releases {

    private static final Map<String, String> CODE_NAMES = Map.ofEntries(
            Map.entry("jessie", "8"), Map.entry("stretch", "9"), Map.entry("buster", "10"),
            Map.entry("bullseye", "11"), Map.entry("bookworm", "12"), Map.entry("trixie", "13"),
            Map.entry("forky", "14"), Map.entry("xenial", "16.04"), Map.entry("bionic", "18.04"),
            Map.entry("focal", "20.04"), Map.entry("jammy", "22.04"), Map.entry("noble", "24.04"));

    private Releases() {
    }

    public static String normalize(String family, String release) {
        if (release == null || release.isBlank()) {
            return "";
        }
        String value = release.strip().toLowerCase(Locale.ROOT);
        value = CODE_NAMES.getOrDefault(value, value);
        switch (family) {
            case "Debian":
            case "Red Hat":
            case "AlmaLinux":
            case "Rocky Linux":
                return firstParts(value, 1);
            case "Alpine":
                return firstParts(value.startsWith("v") ? value.substring(1) : value, 2);
            default:
                return value;
        }
    }

    private static String firstParts(String version, int parts) {
        String[] split = version.split("\\.");
        StringBuilder out = new StringBuilder(split[0]);
        for (int i = 1; i < Math.min(parts, split.length); i++) {
            out.append('.').append(split[i]);
        }
        return out.toString();
    }
}
