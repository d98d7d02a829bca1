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
 * {@code poetry.lock}: every {@code [[package]]}. Poetry 1 marks development packages with
 * {@code category = "dev"}; Poetry 2 lists {@code groups}, and a package outside the
 * {@code main} group is development-only.
 */
final class PoetryLockDetector implements PackageDetector {

    @Override
    public String id() {
        return "poetry-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("poetry.lock");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        for (JsonNode table : TomlPackageTables.read(content)) {
            found.add(InstalledPackage.of("pypi", null, table.get("name").asText(),
                    table.get("version").asText(), path, id()).withDev(isDev(table)));
        }
        return Detection.of(found.packages());
    }

    private static boolean isDev(JsonNode table) {
        if (table.path("category").asText("").equals("dev")) {
            return true;
        }
        JsonNode groups = table.path("groups");
        if (!groups.isArray() || groups.isEmpty()) {
            return false;
        }
        for (JsonNode group : groups) {
            if (group.asText().equals("main")) {
                return false;
            }
        }
        return true;
    }
}
