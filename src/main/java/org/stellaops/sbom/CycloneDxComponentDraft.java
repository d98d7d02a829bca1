// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A CycloneDX component as it is being read, JSON or XML alike: its own fields, the properties
 * that name where it was found and its source package, and its nested components. Nested
 * components wait here until their parent is complete, since JSON may name the parent's
 * bom-ref after its {@code components}.
 *
 * <p>Properties read, first one of each name wins: {@code stella:path}, then
 * {@code aquasecurity:trivy:FilePath}, then {@code syft:location:0:path}, then
 * {@code aquasecurity:trivy:LayerDigest} and {@code syft:location:0:layerID} give the
 * location; Stella's {@code stella:sourceName} and {@code stella:sourceVersion}, Trivy's
 * {@code SrcName} with
 * {@code SrcEpoch:SrcVersion-SrcRelease} and syft's {@code syft:metadata:source} with
 * {@code sourceVersion} (Debian) or {@code sourceRpm} (RPM, {@code name-version-release.src.rpm})
 * give the source package. {@code syft:cpe23} values are added to the CPEs.
 */
final class CycloneDxComponentDraft {

    /**
     * Stella's own component properties that the model keeps as they are, so an SBOM that
     * {@code stella sbom} wrote scans as the image it describes (an OS-owned component stays
     * matched through its owner) and converts without losing where each component was found.
     */
    private static final List<String> KEPT_PROPERTIES = List.of(SbomComponent.OWNED_BY,
            "stella:layer", "stella:path", "stella:detector", "stella:dev");

    String ref;
    String type;
    String name;
    String version;
    String purl;
    String cpe;
    private final List<String> propertyCpes = new ArrayList<>(0);
    final List<String> licenses = new ArrayList<>(1);
    final List<CycloneDxComponentDraft> children = new ArrayList<>(0);
    private final Map<String, String> hashes = new HashMap<>(4);
    private final Map<String, String> properties = new HashMap<>(4);

    /** Algorithm upper-case as the conventions name it, value lower-case hex; first one wins. */
    void addHash(String algorithm, String content) {
        if (algorithm != null && content != null) {
            hashes.putIfAbsent(algorithm.strip().toUpperCase(Locale.ROOT),
                    content.strip().toLowerCase(Locale.ROOT));
        }
    }

    void addLicense(String license) {
        if (license != null && !license.isBlank()) {
            licenses.add(license.strip());
        }
    }

    void addProperty(String key, String value) {
        if (key == null || value == null || value.isBlank()) {
            return;
        }
        if (key.equals("syft:cpe23")) {
            propertyCpes.add(value);
        } else if (key.startsWith("aquasecurity:trivy:") || key.startsWith("syft:")
                || key.startsWith("stella:")) {
            properties.putIfAbsent(key, value);
        }
    }

    /** The component under its final ref; {@code shared} folds repeated strings into one. */
    SbomComponent toComponent(String finalRef, String parentRef, UnaryOperator<String> shared) {
        String[] source = source();
        List<String> cpes = new ArrayList<>(propertyCpes.size() + 1);
        if (cpe != null && !cpe.isBlank()) {
            cpes.add(cpe);
        }
        propertyCpes.stream().filter(c -> !cpes.contains(c)).forEach(cpes::add);
        Map<String, String> kept = new TreeMap<>();
        for (String key : KEPT_PROPERTIES) {
            String value = properties.get(key);
            if (value != null) {
                kept.put(key, shared.apply(value));
            }
        }
        return new SbomComponent(finalRef, name, version, shared.apply(type), purl,
                cpes, licenses.stream().map(shared).toList(),
                hashes, shared.apply(location()), parentRef, shared.apply(source[0]),
                shared.apply(source[1]), kept);
    }

    private String location() {
        for (String key : new String[] {"stella:path", "aquasecurity:trivy:FilePath",
                "syft:location:0:path",
                "aquasecurity:trivy:LayerDigest", "syft:location:0:layerID"}) {
            if (properties.containsKey(key)) {
                return properties.get(key);
            }
        }
        return null;
    }

    /** Source package name and version, or nulls. */
    private String[] source() {
        String stella = properties.get("stella:sourceName");
        if (stella != null) {
            return new String[] {stella, properties.get("stella:sourceVersion")};
        }
        String trivy = properties.get("aquasecurity:trivy:SrcName");
        if (trivy != null) {
            return new String[] {trivy, trivySourceVersion()};
        }
        String syft = properties.get("syft:metadata:source");
        if (syft != null) {
            return new String[] {syft, properties.get("syft:metadata:sourceVersion")};
        }
        String rpm = properties.get("syft:metadata:sourceRpm");
        return rpm == null ? new String[2] : sourceRpm(rpm);
    }

    /** Trivy splits epoch, version and release; joined the way the binary version is written. */
    private String trivySourceVersion() {
        String version = properties.get("aquasecurity:trivy:SrcVersion");
        if (version == null) {
            return null;
        }
        String epoch = properties.get("aquasecurity:trivy:SrcEpoch");
        String release = properties.get("aquasecurity:trivy:SrcRelease");
        return (epoch == null || epoch.equals("0") ? "" : epoch + ":") + version
                + (release == null ? "" : "-" + release);
    }

    /** {@code bash-4.4.20-4.el8_6.src.rpm} is bash, 4.4.20-4.el8_6. */
    private static String[] sourceRpm(String file) {
        String base = file.endsWith(".src.rpm") ? file.substring(0, file.length() - 8) : file;
        int release = base.lastIndexOf('-');
        int version = release > 0 ? base.lastIndexOf('-', release - 1) : -1;
        return version > 0 ? new String[] {base.substring(0, version), base.substring(version + 1)}
                : new String[] {base, null};
    }
}
