// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PackageDetector;

/**
 * Pipenv's {@code Pipfile.lock}: {@code default} packages, then {@code develop} ones marked
 * dev (a package in both is not dev). Versions are pins ({@code ==1.2.3}); entries without one
 * (editable or VCS checkouts) are skipped and named in one warning.
 */
final class PipfileLockDetector implements PackageDetector {

    @Override
    public String id() {
        return "pipfile-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("Pipfile.lock");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        JsonNode root = LockfileParsing.json(content);
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        List<String> unpinned = new ArrayList<>();
        readSection(root.path("default"), false, path, found, unpinned);
        readSection(root.path("develop"), true, path, found, unpinned);
        List<String> warnings = unpinned.isEmpty() ? List.of()
                : List.of(path + ": " + unpinned.size() + " entries without a pinned version"
                        + " skipped: " + String.join(", ", unpinned));
        return Detection.of(found.packages(), warnings);
    }

    private void readSection(JsonNode section, boolean dev, String path,
            PackageCollector found, List<String> unpinned) {
        for (Map.Entry<String, JsonNode> entry : section.properties()) {
            String version = entry.getValue().path("version").asText("");
            if (!version.startsWith("==") || version.length() == 2) {
                unpinned.add(entry.getKey());
                continue;
            }
            found.add(InstalledPackage.of("pypi", null, entry.getKey(), version.substring(2),
                    path, id()).withDev(dev));
        }
    }
}
