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
 * {@code uv.lock}: every {@code [[package]]} except the project's own, which uv marks with an
 * {@code editable} or {@code virtual} source.
 *
 * <p>TODO: uv records development groups only on the root package
 * ({@code dev-dependencies}); marking dev packages needs a walk of the dependency graph from
 * there, so none is marked yet.
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
        for (JsonNode table : TomlPackageTables.read(content)) {
            JsonNode source = table.path("source");
            if (source.has("editable") || source.has("virtual")) {
                continue;
            }
            found.add(InstalledPackage.of("pypi", null, table.get("name").asText(),
                    table.get("version").asText(), path, id()));
        }
        return Detection.of(found.packages());
    }
}
