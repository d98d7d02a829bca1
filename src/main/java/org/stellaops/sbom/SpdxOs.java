// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the subject's operating system in an SPDX document, the way real image SBOMs say it:
 *
 * <ul>
 *   <li>an OS package: {@code primaryPackagePurpose: OPERATING-SYSTEM} (SPDX 2.3, Trivy,
 *       claircore), {@code software_primaryPurpose: operatingSystem} (SPDX 3), or an SPDXID
 *       starting {@code SPDXRef-OperatingSystem-} (Trivy's SPDX 2.2). Its name is an os-release
 *       id ({@code centos}), a Trivy family ({@code redhat}) or a pretty name
 *       ({@code Red Hat Enterprise Linux Server}); an {@code OTHER did} / {@code version_id}
 *       external ref (claircore) wins over the name and version;</li>
 *   <li>else the {@code distro} qualifier of the deb, rpm and apk purls (Syft, Konflux:
 *       {@code distro=rhel-9.7}; Trivy's apk purls say only {@code distro=3.10.2}, the purl
 *       namespace gives the id). The most frequent value wins, the first seen on a tie; a
 *       document naming several gets a warning.</li>
 * </ul>
 *
 * <p>An OS found only in purls is {@link Sbom#os} but not a component: the document has none.
 * Document-level comments and annotations are not read for the OS; none of the real image
 * SBOMs at hand (Trivy, Syft, Konflux, claircore) puts it only there.
 */
final class SpdxOs {

    /** Pretty-name fragments to os-release ids, the more specific first. */
    private static final List<Map.Entry<String, String>> PRETTY = List.of(
            Map.entry("red hat enterprise linux", "rhel"), Map.entry("centos", "centos"),
            Map.entry("rocky", "rocky"), Map.entry("almalinux", "almalinux"),
            Map.entry("amazon linux", "amzn"), Map.entry("oracle linux", "ol"),
            Map.entry("debian", "debian"), Map.entry("ubuntu", "ubuntu"),
            Map.entry("alpine", "alpine"), Map.entry("fedora", "fedora"),
            Map.entry("photon", "photon"), Map.entry("opensuse leap", "opensuse-leap"),
            Map.entry("opensuse tumbleweed", "opensuse-tumbleweed"),
            Map.entry("suse linux enterprise", "sles"), Map.entry("azure linux", "azurelinux"),
            Map.entry("mariner", "mariner"), Map.entry("wolfi", "wolfi"),
            Map.entry("chainguard", "chainguard"));

    private static final Pattern DISTRO = Pattern.compile("[?&]distro=([^&#]+)");
    private static final Pattern OS_PURL = Pattern.compile("pkg:(deb|rpm|apk)/([^/@?#]+)/.*");
    /** {@code rhel-9.7}, {@code opensuse-leap-15.1}: the id, then a release from a digit. */
    private static final Pattern ID_RELEASE = Pattern.compile("(.+?)-(\\d.*)");

    private final Map<String, Integer> votes = new LinkedHashMap<>();

    private SpdxOs() {
    }

    static SpdxOs fromPurls() {
        return new SpdxOs();
    }

    /** The OS an OS package names. */
    static OsInfo ofPackage(SpdxPackage os) {
        String id = os.osId != null ? os.osId.toLowerCase(Locale.ROOT) : idOfName(os.name);
        return new OsInfo(id, os.osVersion != null ? os.osVersion : os.version);
    }

    static String idOfName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> pretty : PRETTY) {
            if (lower.contains(pretty.getKey())) {
                return pretty.getValue();
            }
        }
        return TrivyOsFamilies.osReleaseId(lower).replace(' ', '-');
    }

    /** Counts the distro a deb, rpm or apk purl names, if it names one. */
    void count(String purl) {
        if (purl == null) {
            return;
        }
        Matcher os = OS_PURL.matcher(purl);
        Matcher distro = DISTRO.matcher(purl);
        if (!os.matches() || !distro.find()) {
            return;
        }
        String value = URLDecoder.decode(distro.group(1), StandardCharsets.UTF_8);
        String key = ID_RELEASE.matcher(value).matches() || !Character.isDigit(value.charAt(0))
                ? value : os.group(2).toLowerCase(Locale.ROOT) + "-" + value;
        votes.merge(key, 1, Integer::sum);
    }

    /** The most frequent distro, or null when no purl named one. */
    OsInfo winner() {
        String best = null;
        for (Map.Entry<String, Integer> vote : votes.entrySet()) {
            if (best == null || vote.getValue() > votes.get(best)) {
                best = vote.getKey();
            }
        }
        if (best == null) {
            return null;
        }
        Matcher m = ID_RELEASE.matcher(best);
        return m.matches() ? new OsInfo(m.group(1).toLowerCase(Locale.ROOT), m.group(2))
                : new OsInfo(best.toLowerCase(Locale.ROOT), null);
    }

    /** A warning when the purls name more than one distro, else null. */
    String conflict(String origin) {
        if (votes.size() < 2) {
            return null;
        }
        String named = votes.entrySet().stream().limit(5)
                .map(v -> v.getKey() + " (" + v.getValue() + ")")
                .collect(Collectors.joining(", "));
        return origin + ": package URLs name " + votes.size() + " distros: " + named
                + (votes.size() > 5 ? ", ..." : "") + "; the most frequent is taken as the OS";
    }
}
