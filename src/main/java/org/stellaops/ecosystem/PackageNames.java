// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.ecosystem;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises package names the way each ecosystem compares them, so that an advisory written
 * for {@code Django} matches an SBOM that says {@code django}. Import and matching both go
 * through here: the index key of a package is {@link #indexKey}.
 */
public final class PackageNames {

    private static final Pattern PEP503_SEPARATORS = Pattern.compile("[-_.]+");

    private PackageNames() {
    }

    /** Normalises a name within an ecosystem family (as OSV spells the family). */
    public static String normalize(String family, String name) {
        String trimmed = name.strip();
        switch (family) {
            case "PyPI":
                // PEP 503: runs of '-', '_' and '.' are one separator; case is not significant.
                return PEP503_SEPARATORS.matcher(trimmed).replaceAll("-").toLowerCase(Locale.ROOT);
            case "npm":
            case "NuGet":
            case "Packagist":
            case "crates.io":
            case "Hex":
            case "Pub":
            case "Bitnami":
                return trimmed.toLowerCase(Locale.ROOT);
            case "Go":
                // Go module paths are case-sensitive, but the purl spec lower-cases golang
                // names and packageurl-java does so when it parses: a case-sensitive key would
                // miss every module with a capital (github.com/Azure/...). A false match needs
                // two modules whose paths differ only in case, which the Go proxy discourages.
                return trimmed.toLowerCase(Locale.ROOT);
            default:
                // Maven, RubyGems and the distros compare names case-sensitively.
                return trimmed;
        }
    }

    /** The key under which an (ecosystem family, package) pair is indexed and looked up. */
    public static String indexKey(String family, String name) {
        return family.toLowerCase(Locale.ROOT) + '\u0000' + normalize(family, name);
    }
}
