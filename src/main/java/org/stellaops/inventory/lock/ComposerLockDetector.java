// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PackageDetector;
import org.stellaops.inventory.InventoryException;

/**
 * {@code composer.lock}: {@code packages}, then {@code packages-dev} marked dev. Names are
 * {@code vendor/name}, so the vendor becomes the purl namespace; versions stay as written
 * ({@code v1.0.2} included).
 */
final class ComposerLockDetector implements PackageDetector {

    @Override
    public String id() {
        return "composer-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("composer.lock");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        JsonNode root = LockfileParsing.json(content);
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        readSection(root.path("packages"), false, path, found);
        readSection(root.path("packages-dev"), true, path, found);
        return Detection.of(found.packages());
    }

    private void readSection(JsonNode section, boolean dev, String path, PackageCollector found)
            throws InventoryException {
        for (JsonNode node : section) {
            String fullName = node.path("name").asText("");
            String version = node.path("version").asText("");
            if (fullName.isEmpty() || version.isEmpty()) {
                throw new InventoryException(path, "a package of '"
                        + (dev ? "packages-dev" : "packages") + "' lacks a name or version");
            }
            int slash = fullName.indexOf('/');
            String vendor = slash < 0 ? null : fullName.substring(0, slash);
            found.add(InstalledPackage.of("composer", vendor, fullName.substring(slash + 1),
                    version, path, id()).withDev(dev));
        }
    }
}
