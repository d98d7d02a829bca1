// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stellaops.ecosystem.PurlParser;
import org.stellaops.ecosystem.PurlParts;
import org.stellaops.sbom.OsInfo;
import org.stellaops.sbom.SbomComponent;

/**
 * Decides the purl each component is matched under.
 *
 * <ul>
 *   <li>A purl in the document is used as written. A deb, rpm or apk purl without a
 *       {@code distro} qualifier gets one from the SBOM's operating system, and a deb purl gets
 *       an {@code upstream} qualifier naming the source package when the document names one;
 *       such a purl is rewritten in canonical form.</li>
 *   <li>Without a purl, a CPE gives an inferred {@code pkg:generic/vendor/product@version}. OSV
 *       has no such ecosystem, so it comes out as not covered: counted and listed, not
 *       dropped.</li>
 *   <li>Without either, an ecosystem hint in the component type (as Trivy and Syft name package
 *       types: {@code npm}, {@code pip}, {@code gomod}, {@code cargo}...) with a name and a
 *       version gives an inferred purl.</li>
 * </ul>
 */
final class ComponentPurls {

    private static final Map<String, String> TYPE_HINTS = Map.ofEntries(
            Map.entry("npm", "npm"), Map.entry("yarn", "npm"), Map.entry("pnpm", "npm"),
            Map.entry("node-pkg", "npm"), Map.entry("pip", "pypi"), Map.entry("pipenv", "pypi"),
            Map.entry("poetry", "pypi"), Map.entry("python-pkg", "pypi"),
            Map.entry("python", "pypi"), Map.entry("gomod", "golang"),
            Map.entry("gobinary", "golang"), Map.entry("go-module", "golang"),
            Map.entry("cargo", "cargo"), Map.entry("rust-binary", "cargo"),
            Map.entry("rust-crate", "cargo"), Map.entry("composer", "composer"),
            Map.entry("php-composer", "composer"), Map.entry("bundler", "gem"),
            Map.entry("gemspec", "gem"), Map.entry("gem", "gem"), Map.entry("nuget", "nuget"),
            Map.entry("dotnet-core", "nuget"), Map.entry("pub", "pub"), Map.entry("hex", "hex"));

    private static final Pattern CPE23 = Pattern.compile(
            "cpe:2\\.3:[aho\\*]:([^:]+):([^:]+):([^:]+)(:.*)?");
    private static final Pattern RELEASE = Pattern.compile("^[0-9][0-9.]*");

    private ComponentPurls() {
    }

    static PurlResolution resolve(SbomComponent component, OsInfo os) {
        if (component.purl() != null && !component.purl().isBlank()) {
            return fromPurl(component, os);
        }
        if (!component.cpes().isEmpty()) {
            PurlResolution fromCpe = fromCpe(component.cpes().get(0));
            if (fromCpe != null) {
                return fromCpe;
            }
        }
        String hinted = component.type() == null
                ? null : TYPE_HINTS.get(component.type().toLowerCase(Locale.ROOT));
        if (hinted != null && component.name() != null && component.version() != null) {
            try {
                return PurlResolution.inferredAs(new PackageURL(hinted, null, component.name(),
                        component.version(), null, null).canonicalize());
            } catch (MalformedPackageURLException e) {
                return PurlResolution.none("cannot build a purl from its name and version: "
                        + e.getMessage());
            }
        }
        if ("operating-system".equals(component.type())) {
            return PurlResolution.none("operating-system component: its packages are matched");
        }
        return PurlResolution.none("no purl, no CPE and no ecosystem hint");
    }

    private static PurlResolution fromPurl(SbomComponent component, OsInfo os) {
        PurlParts purl;
        try {
            purl = PurlParser.parse(component.purl());
        } catch (MalformedPackageURLException e) {
            return PurlResolution.none("purl does not parse: " + e.getMessage());
        }
        Map<String, String> qualifiers = new TreeMap<>(purl.qualifiers());
        String type = purl.type();
        boolean distroPackage = type.equals("deb") || type.equals("rpm") || type.equals("apk");
        boolean changed = false;
        if (distroPackage && !qualifiers.containsKey("distro") && os != null && os.id() != null) {
            qualifiers.put("distro", distroOf(os));
            changed = true;
        }
        if (type.equals("deb") && !qualifiers.containsKey("upstream")
                && component.sourceName() != null && !component.sourceName().isBlank()) {
            String source = component.sourceName();
            qualifiers.put("upstream", component.sourceVersion() == null
                    ? source : source + "@" + component.sourceVersion());
            changed = true;
        }
        if (!changed) {
            return PurlResolution.of(component.purl());
        }
        try {
            return PurlResolution.of(new PackageURL(type, purl.namespace(), purl.name(),
                    purl.version(), new TreeMap<>(qualifiers), purl.subpath()).canonicalize());
        } catch (MalformedPackageURLException e) {
            return PurlResolution.of(component.purl());
        }
    }

    /** {@code debian} + {@code 12.5} → {@code debian-12.5}; {@code 2 (Karoo)} → {@code 2}. */
    static String distroOf(OsInfo os) {
        String version = os.version() == null ? "" : os.version().strip();
        Matcher release = RELEASE.matcher(version);
        String value = release.find() ? release.group() : version;
        String id = os.id().toLowerCase(Locale.ROOT);
        return value.isEmpty() ? id : id + "-" + value;
    }

    private static PurlResolution fromCpe(String cpe) {
        Matcher m = CPE23.matcher(cpe);
        if (!m.matches() || m.group(3).equals("*") || m.group(3).equals("-")) {
            return null;
        }
        try {
            return PurlResolution.inferredAs(new PackageURL("generic", m.group(1), m.group(2),
                    m.group(3), null, null).canonicalize());
        } catch (MalformedPackageURLException e) {
            return null;
        }
    }
}
