// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;

/**
 * Picks the version scheme for an OSV ecosystem or an OSV range.
 *
 * <p>An ecosystem string may carry a suffix after its first colon ({@code Debian:12},
 * {@code Red Hat:enterprise_linux:9::appstream}, {@code Maven:https://maven.google.com}); only the
 * name before it selects the scheme. Three ecosystems repackage others and name the inner one in
 * their suffix ({@code Root:Debian:12}, {@code TuxCare:Red Hat},
 * {@code Docker Hardened Images:Alpine:3.23}); they take the inner ecosystem's scheme.
 */
public final class VersionSchemes {

    private static final Map<String, VersionScheme<?>> BY_ECOSYSTEM = Map.ofEntries(
            entry("npm", SemVerScheme.INSTANCE),
            entry("crates.io", SemVerScheme.INSTANCE),
            entry("Hex", SemVerScheme.INSTANCE),
            // NOTE: Dart's pub_semver ranks 1.0.0+1 above 1.0.0 where SemVer ties them;
            // advisories do not use build metadata on Pub, so the gap is accepted.
            entry("Pub", SemVerScheme.INSTANCE),
            entry("Bitnami", SemVerScheme.INSTANCE),
            entry("SwiftURL", SemVerScheme.INSTANCE),
            entry("VSCode", SemVerScheme.INSTANCE),
            entry("Go", GoScheme.INSTANCE),
            entry("Maven", MavenScheme.INSTANCE),
            entry("PyPI", Pep440Scheme.INSTANCE),
            entry("NuGet", NuGetScheme.INSTANCE),
            entry("RubyGems", RubyGemsScheme.INSTANCE),
            entry("Packagist", ComposerScheme.INSTANCE),
            entry("Debian", DpkgScheme.INSTANCE),
            entry("Ubuntu", DpkgScheme.INSTANCE),
            entry("Echo", DpkgScheme.INSTANCE),
            entry("Alpine", ApkScheme.INSTANCE),
            entry("Alpaquita", ApkScheme.INSTANCE),
            entry("BellSoft Hardened Containers", ApkScheme.INSTANCE),
            entry("Chainguard", ApkScheme.INSTANCE),
            entry("MinimOS", ApkScheme.INSTANCE),
            entry("Wolfi", ApkScheme.INSTANCE),
            entry("AlmaLinux", RpmScheme.INSTANCE),
            entry("Azure Linux", RpmScheme.INSTANCE),
            entry("Mageia", RpmScheme.INSTANCE),
            entry("openEuler", RpmScheme.INSTANCE),
            entry("openSUSE", RpmScheme.INSTANCE),
            entry("Photon OS", RpmScheme.INSTANCE),
            entry("Red Hat", RpmScheme.INSTANCE),
            entry("Rocky Linux", RpmScheme.INSTANCE),
            entry("SUSE", RpmScheme.INSTANCE),
            // not in the OSV ecosystem list, but used by distribution feeds we convert to OSV
            entry("Amazon Linux", RpmScheme.INSTANCE),
            entry("Mariner", RpmScheme.INSTANCE));

    /** Ecosystems whose suffix is another ecosystem string, which decides the scheme. */
    static final Set<String> WRAPPERS = Set.of("Docker Hardened Images", "Root", "TuxCare");

    /**
     * Ecosystems of the OSV list that get no scheme, with the reason. Their records can still match
     * through explicit {@code affected[].versions} or through GIT ranges.
     */
    static final Map<String, String> UNORDERED = Map.ofEntries(
            entry("Android", "records name Android releases and patch levels and use GIT ranges"),
            entry("GIT", "versions are commit hashes, ordered by history rather than by text"),
            entry("Linux", "kernel records use GIT ranges"),
            entry("OSS-Fuzz", "records use GIT ranges over the fuzzed repository"),
            entry("GitHub Actions", "action tags follow no single scheme"),
            entry("Kubernetes", "osv.dev defines no ordering; records use SEMVER ranges or lists"),
            entry("CleanStart", "the ecosystem does not document its version syntax"),
            entry("ConanCenter", "Conan's version ordering is not implemented yet"),
            entry("CRAN", "R package_version ordering is not implemented yet"),
            entry("Bioconductor", "R package_version ordering is not implemented yet"),
            entry("GHC", "Haskell PVP ordering is not implemented yet"),
            entry("Hackage", "Haskell PVP ordering is not implemented yet"),
            entry("FreeBSD", "pkg(8) version ordering is not implemented yet"),
            entry("Julia", "Julia orders build metadata, unlike SemVer; not implemented yet"),
            entry("opam", "opam's Debian-like ordering is not implemented yet"));

    private VersionSchemes() {
    }

    /**
     * The scheme for an OSV ecosystem string, suffix included.
     *
     * @return the scheme, or null when the ecosystem is unknown, is in the unordered list, or is a
     *     wrapper without a known inner ecosystem
     */
    public static VersionScheme<?> forEcosystem(String osvEcosystem) {
        if (osvEcosystem == null) {
            return null;
        }
        int colon = osvEcosystem.indexOf(':');
        String name = colon < 0 ? osvEcosystem : osvEcosystem.substring(0, colon);
        if (WRAPPERS.contains(name)) {
            return colon < 0 ? null : forEcosystem(osvEcosystem.substring(colon + 1));
        }
        return BY_ECOSYSTEM.get(name);
    }

    /**
     * The scheme for one OSV range: {@code SEMVER} is SemVer, except that Go module versions keep
     * Go's rules; {@code ECOSYSTEM} is the ecosystem's scheme; {@code GIT} and unknown types have
     * none.
     *
     * @return the scheme, or null when versions of this range cannot be ordered
     */
    public static VersionScheme<?> forRangeType(String type, String osvEcosystem) {
        if ("SEMVER".equals(type)) {
            // Go records type their ranges SEMVER, yet their versions must compare as the go
            // command compares them, shorthands and +incompatible included
            boolean go = forEcosystem(osvEcosystem) == GoScheme.INSTANCE;
            return go ? GoScheme.INSTANCE : SemVerScheme.INSTANCE;
        }
        if ("ECOSYSTEM".equals(type)) {
            return forEcosystem(osvEcosystem);
        }
        return null;
    }
}
