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
 * {@code pdm.lock}: every {@code [[package]]}. The lockfile's {@code groups} do not tell
 * development groups from optional extras, so no package is marked dev.
 */
final class PdmLockDetector implements PackageDetector {

    @Override
    public String id() {
        return "pdm-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("pdm.lock");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        for (JsonNode table : TomlPackageTables.read(content)) {
            found.add(InstalledPackage.of("pypi", null, table.get("name").asText(),
                    table.get("version").asText(), path, id()));
        }
        return Detection.of(found.packages());
    }
}
