// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PackageDetector;

/**
 * Dart/Flutter {@code pubspec.lock} (YAML): every package from a {@code hosted} or {@code git}
 * source, as purl type {@code pub}; SDK and local {@code path} packages are not published
 * packages and are skipped. {@code dependency: "direct dev"} marks dev packages.
 */
final class PubspecLockDetector implements PackageDetector {

    @Override
    public String id() {
        return "pubspec-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("pubspec.lock");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        for (JsonNode document : LockfileParsing.yamlDocuments(content)) {
            for (Map.Entry<String, JsonNode> entry : document.path("packages").properties()) {
                JsonNode node = entry.getValue();
                String source = node.path("source").asText("");
                String version = node.path("version").asText("");
                if (version.isEmpty() || source.equals("sdk") || source.equals("path")) {
                    continue;
                }
                boolean dev = node.path("dependency").asText("").equals("direct dev");
                found.add(InstalledPackage.of("pub", null, entry.getKey(), version, path, id())
                        .withDev(dev));
            }
        }
        return Detection.of(found.packages());
    }
}
