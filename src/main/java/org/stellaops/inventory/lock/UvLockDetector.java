// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PackageDetector;

/**
 * {@code uv.lock}: every {@code [[package]]} except the project's own, which uv marks with an
 * {@code editable} or {@code virtual} source. Packages only development groups need are marked
 * dev ({@link UvDevGraph}).
 */
final class UvLockDetector implements PackageDetector {

    @Override
    public String id() {
        return "uv-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("uv.lock");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        List<JsonNode> tables = TomlPackageTables.read(content);
        Set<String> devOnly = UvDevGraph.devOnlyNames(tables);
        for (JsonNode table : tables) {
            if (UvDevGraph.isProject(table)) {
                continue;
            }
            String name = table.get("name").asText();
            found.add(InstalledPackage.of("pypi", null, name, table.get("version").asText(),
                    path, id()).withDev(devOnly.contains(name)));
        }
        return Detection.of(found.packages());
    }
}
