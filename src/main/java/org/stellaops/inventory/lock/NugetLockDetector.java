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
 * NuGet {@code packages.lock.json}: the {@code resolved} version of every package of every
 * target framework (and runtime), each package once. Project references (type
 * {@code Project}) are the solution's own code and have no resolved version; they are skipped.
 */
final class NugetLockDetector implements PackageDetector {

    @Override
    public String id() {
        return "nuget-packages-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("packages.lock.json");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        JsonNode root = LockfileParsing.json(content);
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        for (Map.Entry<String, JsonNode> target : root.path("dependencies").properties()) {
            for (Map.Entry<String, JsonNode> dependency : target.getValue().properties()) {
                JsonNode node = dependency.getValue();
                String resolved = node.path("resolved").asText("");
                if (!resolved.isEmpty() && !node.path("type").asText("").equals("Project")) {
                    found.add(InstalledPackage.of("nuget", null, dependency.getKey(), resolved,
                            path, id()));
                }
            }
        }
        return Detection.of(found.packages());
    }
}
