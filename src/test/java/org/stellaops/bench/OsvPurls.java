// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURLBuilder;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.stellaops.ecosystem.Ecosystem;
import org.stellaops.ecosystem.PackageNames;
import org.stellaops.match.PackageQuery;
import org.stellaops.match.PurlMapping;
import org.stellaops.match.UnmappablePurlException;

/**
 * Turns the affected[] entries of one OSV record into the purls an SBOM tool would write for
 * the package versions the record names: each version its non-GIT ranges name
 * ({@code introduced} other than {@code 0}, {@code fixed}, {@code last_affected}), each entry
 * of {@code versions}, and the {@link VersionNeighbours} of each.
 *
 * <p>Language ecosystems follow the purl spec's types (Maven {@code group:artifact} splits into
 * namespace and name, Go versions get their {@code v}). AlmaLinux packages become
 * {@code pkg:rpm/almalinux/NAME@VERSION-RELEASE?arch=x86_64&distro=almalinux-N}, with an
 * {@code epoch} qualifier when the OSV version carries a non-zero epoch, as Syft writes them.
 * A purl is kept only when {@link PurlMapping} maps it back onto the same index key and
 * release, so every purl drawn is one the snapshot can answer about; the others are counted.
 * (packageurl-java lower-cases golang namespaces and names while Go module paths are
 * case-sensitive, so Go modules such as {@code github.com/Azure/...} are among those dropped.)
 */
final class OsvPurls {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("PyPI", "pypi"), Map.entry("npm", "npm"), Map.entry("Maven", "maven"),
            Map.entry("NuGet", "nuget"), Map.entry("Go", "golang"),
            Map.entry("crates.io", "cargo"), Map.entry("RubyGems", "gem"),
            Map.entry("Packagist", "composer"), Map.entry("Hex", "hex"),
            Map.entry("Pub", "pub"), Map.entry("Bitnami", "bitnami"));

    private int untyped;
    private int mismatched;

    /** Affected packages skipped because their ecosystem has no purl type here. */
    int untyped() {
        return untyped;
    }

    /** Candidates whose purl does not map back onto their package (or is not a purl). */
    int mismatched() {
        return mismatched;
    }

    /** Adds the purls of every affected package of {@code record} to {@code out}. */
    void collect(JsonNode record, Set<String> out) {
        for (JsonNode affected : record.path("affected")) {
            String ecosystem = affected.path("package").path("ecosystem").asText("");
            String name = affected.path("package").path("name").asText("");
            if (ecosystem.isEmpty() || name.isEmpty()) {
                continue;
            }
            Ecosystem parsed = Ecosystem.parse(ecosystem);
            boolean rpm = parsed.family().equals("AlmaLinux");
            if (!rpm && !TYPES.containsKey(parsed.family())) {
                untyped++;
                continue;
            }
            for (String version : versionsOf(affected, rpm)) {
                String purl = purlOf(parsed, name, version);
                if (purl != null) {
                    out.add(purl);
                }
            }
        }
    }

    private static Set<String> versionsOf(JsonNode affected, boolean rpm) {
        Set<String> named = new LinkedHashSet<>();
        for (JsonNode range : affected.path("ranges")) {
            if (range.path("type").asText().equals("GIT")) {
                continue;
            }
            for (JsonNode event : range.path("events")) {
                for (String kind : new String[] {"introduced", "fixed", "last_affected"}) {
                    String version = event.path(kind).asText("");
                    if (!version.isEmpty() && !version.equals("0")) {
                        named.add(version);
                    }
                }
            }
        }
        affected.path("versions").forEach(v -> named.add(v.asText()));
        Set<String> all = new LinkedHashSet<>(named);
        named.forEach(v -> all.addAll(VersionNeighbours.of(v, rpm)));
        return all;
    }

    private String purlOf(Ecosystem ecosystem, String name, String version) {
        String purl;
        try {
            purl = ecosystem.family().equals("AlmaLinux")
                    ? rpmPurl(ecosystem.release(), name, version)
                    : languagePurl(ecosystem.family(), name, version);
        } catch (MalformedPackageURLException | IllegalArgumentException e) {
            mismatched++;
            return null;
        }
        if (!mapsBack(purl, ecosystem, name)) {
            mismatched++;
            return null;
        }
        return purl;
    }

    private static String languagePurl(String family, String name, String version)
            throws MalformedPackageURLException {
        String type = TYPES.get(family);
        String namespace = null;
        String local = name;
        int split = type.equals("maven") ? name.indexOf(':') : name.lastIndexOf('/');
        if (split > 0) {
            namespace = name.substring(0, split);
            local = name.substring(split + 1);
        }
        String written = type.equals("golang") && !version.startsWith("v")
                ? "v" + version : version;
        return PackageURLBuilder.aPackageURL().withType(type).withNamespace(namespace)
                .withName(local).withVersion(written).build().canonicalize();
    }

    private static String rpmPurl(String release, String name, String version)
            throws MalformedPackageURLException {
        int colon = version.indexOf(':');
        String epoch = colon < 0 ? "0" : version.substring(0, colon);
        PackageURLBuilder purl = PackageURLBuilder.aPackageURL().withType("rpm")
                .withNamespace("almalinux").withName(name)
                .withVersion(version.substring(colon + 1))
                .withQualifier("arch", "x86_64")
                .withQualifier("distro", "almalinux-" + release);
        if (!epoch.equals("0")) {
            purl.withQualifier("epoch", epoch);
        }
        return purl.build().canonicalize();
    }

    private static boolean mapsBack(String purl, Ecosystem ecosystem, String name) {
        try {
            PackageQuery query = PurlMapping.map(purl);
            return PackageNames.indexKey(query.family(), query.names().get(0))
                    .equals(PackageNames.indexKey(ecosystem.family(), name))
                    && query.release().equals(ecosystem.release());
        } catch (UnmappablePurlException e) {
            return false;
        }
    }
}
