// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PackageDetector;

/**
 * {@code Cargo.lock}, format versions 1 to 4: every {@code [[package]]} that has a
 * {@code source} (a registry or git). Packages without one are the workspace's own crates:
 * like the project entry of other lockfiles they are not dependencies, and matching their
 * names against crates.io advisories would only give false positives. (Trivy keeps them; syft
 * too.)
 */
final class CargoLockDetector implements PackageDetector {

    @Override
    public String id() {
        return "cargo-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("Cargo.lock");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        for (JsonNode table : TomlPackageTables.read(content)) {
            if (table.path("source").isTextual()) {
                found.add(InstalledPackage.of("cargo", null, table.get("name").asText(),
                        table.get("version").asText(), path, id()));
            }
        }
        return Detection.of(found.packages());
    }
}
