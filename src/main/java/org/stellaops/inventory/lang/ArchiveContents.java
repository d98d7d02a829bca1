// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Manifest;
import org.stellaops.inventory.InstalledPackage;

/**
 * The metadata entries of one Java archive and the packages they name: one per complete
 * {@code pom.properties} (groupId, artifactId, version), in entry order; when there is none,
 * the archive itself as {@link ManifestCoordinates} reads it.
 */
final class ArchiveContents {

    private final String label;
    private final String fileName;
    private final List<InstalledPackage> fromPoms = new ArrayList<>();
    private Manifest manifest;

    ArchiveContents(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    /**
     * A {@code pom.properties} anywhere under {@code META-INF/} (Maven writes
     * {@code META-INF/maven/GROUP/ARTIFACT/}; some build tools use other folders) or the manifest.
     */
    boolean wantsEntry(String name) {
        return name.startsWith("META-INF/") && name.endsWith("/pom.properties")
                || name.toUpperCase(Locale.ROOT).equals("META-INF/MANIFEST.MF");
    }

    void readEntry(String name, InputStream in, List<String> warnings) throws IOException {
        byte[] bytes = in.readNBytes(ArchiveBudget.MAX_METADATA_BYTES + 1);
        if (bytes.length > ArchiveBudget.MAX_METADATA_BYTES) {
            warnings.add(label + "!/" + name + ": larger than "
                    + ArchiveBudget.MAX_METADATA_BYTES + " bytes, not read");
            return;
        }
        if (name.endsWith("pom.properties")) {
            readPomProperties(bytes);
        } else {
            try {
                manifest = new Manifest(new ByteArrayInputStream(bytes));
            } catch (IOException | RuntimeException e) {
                warnings.add(label + "!/" + name + ": unreadable manifest: " + e.getMessage());
            }
        }
    }

    /** The packages found, in entry order. */
    List<InstalledPackage> packages() {
        if (!fromPoms.isEmpty()) {
            return fromPoms;
        }
        ManifestCoordinates coordinates = ManifestCoordinates.of(manifest, fileName);
        if (coordinates == null) {
            return List.of();
        }
        return List.of(maven(coordinates.group(), coordinates.artifact(), coordinates.version()));
    }

    private void readPomProperties(byte[] bytes) throws IOException {
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(bytes));
        } catch (IllegalArgumentException e) {
            return; // a malformed \\u escape: not a Maven-written file
        }
        String group = trimmed(properties.getProperty("groupId"));
        String artifact = trimmed(properties.getProperty("artifactId"));
        String version = trimmed(properties.getProperty("version"));
        if (group != null && artifact != null && version != null) {
            fromPoms.add(maven(group, artifact, version));
        }
    }

    private InstalledPackage maven(String group, String artifact, String version) {
        return new InstalledPackage("maven", group, artifact, version, Map.of(), null, null,
                List.of(), label, null, JavaArchiveDetector.ID, false);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
