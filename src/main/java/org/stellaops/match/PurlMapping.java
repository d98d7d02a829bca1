// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import com.github.packageurl.MalformedPackageURLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stellaops.ecosystem.Distros;
import org.stellaops.ecosystem.PurlParser;
import org.stellaops.ecosystem.PurlParts;
import org.stellaops.ecosystem.Releases;

/**
 * Maps a package URL onto an OSV ecosystem, release, name and version.
 *
 * <p>Language packages map by purl type. Distro packages (deb, rpm, apk) map by namespace
 * ({@code pkg:rpm/redhat/...} is Red Hat, {@code pkg:rpm/almalinux/...} AlmaLinux) and take
 * their release from the {@code distro} qualifier ({@code debian-12}, {@code rhel-9.2},
 * {@code alpine-3.20.1}, {@code bookworm}). A Debian binary package is also looked up under its
 * source package when the purl names one in the {@code upstream} qualifier (Syft's convention,
 * {@code upstream=glibc} or {@code upstream=glibc@2.36-9}). An {@code epoch} qualifier is put in
 * front of an rpm version.
 */
public final class PurlMapping {

    private static final Map<String, String> LANGUAGE_TYPES = Map.ofEntries(
            Map.entry("pypi", "PyPI"), Map.entry("npm", "npm"), Map.entry("maven", "Maven"),
            Map.entry("nuget", "NuGet"), Map.entry("golang", "Go"), Map.entry("cargo", "crates.io"),
            Map.entry("gem", "RubyGems"), Map.entry("composer", "Packagist"),
            Map.entry("hex", "Hex"), Map.entry("pub", "Pub"), Map.entry("bitnami", "Bitnami"),
            Map.entry("swift", "SwiftURL"), Map.entry("hackage", "Hackage"),
            Map.entry("cran", "CRAN"), Map.entry("conan", "ConanCenter"));

    private static final Map<String, String> DISTRO_NAMESPACES = Map.ofEntries(
            Map.entry("debian", "Debian"), Map.entry("ubuntu", "Ubuntu"),
            Map.entry("redhat", "Red Hat"), Map.entry("rhel", "Red Hat"),
            // "alma" is how Trivy spells the AlmaLinux namespace in its purls
            Map.entry("almalinux", "AlmaLinux"), Map.entry("alma", "AlmaLinux"),
            Map.entry("rocky", "Rocky Linux"),
            Map.entry("rocky-linux", "Rocky Linux"), Map.entry("suse", "SUSE"),
            Map.entry("sles", "SUSE"), Map.entry("opensuse", "openSUSE"),
            Map.entry("amazon", "Amazon Linux"), Map.entry("amzn", "Amazon Linux"),
            Map.entry("photon", "Photon OS"), Map.entry("mariner", "Azure Linux"),
            Map.entry("azurelinux", "Azure Linux"), Map.entry("openeuler", "openEuler"),
            Map.entry("alpine", "Alpine"), Map.entry("wolfi", "Wolfi"),
            Map.entry("chainguard", "Chainguard"), Map.entry("mageia", "Mageia"));

    private PurlMapping() {
    }

    static boolean isDistroFamily(String family) {
        return Distros.isDistroFamily(family);
    }

    static boolean isReleaseless(String family) {
        return Distros.isReleaseless(family);
    }

    /** Maps a purl; throws {@link UnmappablePurlException} saying why it cannot be mapped. */
    public static PackageQuery map(String purl) throws UnmappablePurlException {
        PurlParts parsed;
        try {
            parsed = PurlParser.parse(purl);
        } catch (MalformedPackageURLException e) {
            throw new UnmappablePurlException(purl, "malformed purl: " + e.getMessage());
        }
        if (parsed.version() == null || parsed.version().isBlank()) {
            throw new UnmappablePurlException(purl, "purl has no version");
        }
        String type = parsed.type().toLowerCase(Locale.ROOT);
        if (type.equals("deb") || type.equals("rpm") || type.equals("apk")) {
            return mapDistro(purl, parsed);
        }
        String family = LANGUAGE_TYPES.get(type);
        if (family == null) {
            throw new UnmappablePurlException(purl, "purl type '" + type + "' has no OSV ecosystem");
        }
        return new PackageQuery(purl, family, "", List.of(languageName(type, parsed)),
                parsed.version(), null);
    }

    private static String languageName(String type, PurlParts purl) {
        String namespace = purl.namespace();
        if (namespace == null || namespace.isEmpty()) {
            return purl.name();
        }
        // Maven joins group and artifact with ':'; npm scopes, Go paths, Composer with '/'.
        return type.equals("maven")
                ? namespace + ":" + purl.name()
                : namespace + "/" + purl.name();
    }

    private static PackageQuery mapDistro(String purl, PurlParts parsed)
            throws UnmappablePurlException {
        String namespace = parsed.namespace() == null
                ? "" : parsed.namespace().toLowerCase(Locale.ROOT);
        String family = DISTRO_NAMESPACES.get(namespace);
        if (family == null) {
            throw new UnmappablePurlException(purl,
                    "distro '" + namespace + "' of " + parsed.type() + " purl has no OSV ecosystem");
        }
        Map<String, String> qualifiers = parsed.qualifiers();
        String release = isReleaseless(family) ? "" : releaseOf(family, qualifiers.get("distro"));
        String version = withEpoch(parsed.version(), qualifiers.get("epoch"));
        List<String> names = new ArrayList<>();
        names.add(parsed.name());
        String sourceVersion = null;
        // Only deb: Syft's rpm upstream names a .src.rpm file, not a package to look up.
        String upstream = parsed.type().equals("deb") ? qualifiers.get("upstream") : null;
        if (upstream != null && !upstream.isBlank()) {
            int at = upstream.indexOf('@');
            String source = at < 0 ? upstream : upstream.substring(0, at);
            if (!source.equals(parsed.name())) {
                names.add(source);
            }
            sourceVersion = at < 0 ? null : upstream.substring(at + 1);
        }
        return new PackageQuery(purl, family, release, names, version, sourceVersion);
    }

    /**
     * The part after the last dash, at advisory granularity: {@code debian-12.5} → 12,
     * {@code debian-bookworm} → 12, {@code rhel-9.2} → 9, {@code 3.20.1} → 3.20.
     */
    private static String releaseOf(String family, String distro) {
        if (distro == null || distro.isBlank()) {
            return "";
        }
        String value = distro.strip();
        int dash = value.lastIndexOf('-');
        return Releases.normalize(family, dash < 0 ? value : value.substring(dash + 1));
    }

    private static String withEpoch(String version, String epoch) {
        if (epoch == null || epoch.isBlank() || epoch.equals("0") || version.contains(":")) {
            return version;
        }
        return epoch + ":" + version;
    }
}
