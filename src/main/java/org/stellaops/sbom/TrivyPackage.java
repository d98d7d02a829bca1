// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One package of a Trivy report, from a {@code Packages[]} entry or, for reports written
 * without {@code --list-all-pkgs}, from the package fields of a {@code Vulnerabilities[]} entry.
 * Versions are put together as Trivy's own {@code InstalledVersion} spells them:
 * {@code [epoch:]version[-release]}, the full version an OS package is matched by (Trivy's
 * purl carries the same parts, with the epoch as a qualifier).
 */
final class TrivyPackage {

    private static final Map<String, String> DIGESTS = Map.of(
            "md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha512", "SHA-512");

    String id;
    String uid;
    String name;
    String version;
    String purl;
    final List<String> licenses = new ArrayList<>();
    final Map<String, String> hashes = new LinkedHashMap<>();
    String location;
    String sourceName;
    String sourceVersion;
    final List<String> dependsOn = new ArrayList<>();

    static TrivyPackage ofPackage(JsonNode node) {
        TrivyPackage pkg = new TrivyPackage();
        pkg.id = SpdxJsonInput.text(node, "ID");
        pkg.name = SpdxJsonInput.text(node, "Name");
        pkg.version = fullVersion(node.get("Epoch"), SpdxJsonInput.text(node, "Version"),
                SpdxJsonInput.text(node, "Release"));
        pkg.readIdentifier(node.get("Identifier"));
        pkg.sourceName = SpdxJsonInput.text(node, "SrcName");
        pkg.sourceVersion = fullVersion(node.get("SrcEpoch"),
                SpdxJsonInput.text(node, "SrcVersion"), SpdxJsonInput.text(node, "SrcRelease"));
        node.path("Licenses").forEach(l -> {
            if (l.isTextual() && !l.asText().isBlank()) {
                pkg.licenses.add(l.asText());
            }
        });
        node.path("DependsOn").forEach(d -> {
            if (d.isTextual()) {
                pkg.dependsOn.add(d.asText());
            }
        });
        pkg.readDigest(SpdxJsonInput.text(node, "Digest"));
        pkg.readLocation(node.get("Layer"), SpdxJsonInput.text(node, "FilePath"));
        return pkg;
    }

    /** The package a vulnerability names; its version is already the full one. */
    static TrivyPackage ofVulnerability(JsonNode node) {
        TrivyPackage pkg = new TrivyPackage();
        pkg.id = SpdxJsonInput.text(node, "PkgID");
        pkg.name = SpdxJsonInput.text(node, "PkgName");
        pkg.version = SpdxJsonInput.text(node, "InstalledVersion");
        pkg.readIdentifier(node.get("PkgIdentifier"));
        pkg.readLocation(node.get("Layer"), SpdxJsonInput.text(node, "PkgPath"));
        return pkg;
    }

    /** What tells two vulnerability entries of one package apart from another package's. */
    String identity() {
        return uid != null ? uid : id != null ? id : purl != null ? purl : name + "@" + version;
    }

    SbomComponent toComponent(String ref, String type) {
        return new SbomComponent(ref, name, version, type, purl, List.of(), licenses, hashes,
                location, null, sourceName, sourceVersion);
    }

    private void readIdentifier(JsonNode identifier) {
        if (identifier != null && identifier.isObject()) {
            purl = SpdxJsonInput.text(identifier, "PURL");
            uid = SpdxJsonInput.text(identifier, "UID");
        }
    }

    private void readLocation(JsonNode layer, String path) {
        if (layer != null && layer.isObject()) {
            location = SpdxJsonInput.text(layer, "Digest");
            if (location == null) {
                location = SpdxJsonInput.text(layer, "DiffID");
            }
        }
        if (location == null) {
            location = path;
        }
    }

    /** Trivy's package digest reads {@code sha1:hex}. */
    private void readDigest(String digest) {
        int colon = digest == null ? -1 : digest.indexOf(':');
        if (colon > 0) {
            String algorithm = DIGESTS.get(digest.substring(0, colon).toLowerCase(Locale.ROOT));
            if (algorithm != null) {
                hashes.put(algorithm, digest.substring(colon + 1).toLowerCase(Locale.ROOT));
            }
        }
    }

    private static String fullVersion(JsonNode epoch, String version, String release) {
        if (version == null || version.isEmpty()) {
            return null;
        }
        String full = release == null || release.isEmpty() ? version : version + "-" + release;
        boolean hasEpoch = epoch != null && (epoch.isIntegralNumber() ? epoch.asLong() != 0
                : epoch.isTextual() && !epoch.asText().isEmpty() && !epoch.asText().equals("0"));
        return hasEpoch ? epoch.asText() + ":" + full : full;
    }
}
