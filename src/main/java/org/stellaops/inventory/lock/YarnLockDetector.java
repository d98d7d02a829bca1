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
import org.stellaops.inventory.PackageDetector;

/**
 * {@code yarn.lock}, classic (v1, yarn's own text format) and berry (YAML with
 * {@code __metadata}). Local code is skipped: berry resolutions through {@code workspace:},
 * {@code link:}, {@code portal:} or {@code file:}, and the same protocols in v1 descriptors.
 * Git and tarball dependencies are kept with the version the lockfile states. Yarn lockfiles do
 * not say which packages are development-only, so none is marked.
 */
final class YarnLockDetector implements PackageDetector {

    private static final List<String> LOCAL_PROTOCOLS =
            List.of("workspace:", "link:", "portal:", "file:");

    @Override
    public String id() {
        return "yarn-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("yarn.lock") && NpmNames.outsideNodeModules(entry);
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String text = LockfileParsing.text(content);
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        List<String> warnings = new ArrayList<>();
        if (text.contains("\n__metadata:") || text.startsWith("__metadata:")) {
            readBerry(content, path, found);
        } else {
            readClassic(text, path, found, warnings);
        }
        return Detection.of(found.packages(), warnings);
    }

    private void readClassic(String text, String path, PackageCollector found,
            List<String> warnings) throws IOException {
        for (YarnV1Parser.Entry entry : YarnV1Parser.parse(text, path)) {
            String descriptor = entry.descriptors().get(0);
            String name = NpmNames.nameOfDescriptor(descriptor);
            String range = descriptor.substring(Math.min(descriptor.length(), name.length() + 1));
            if (isLocal(range)) {
                continue;
            }
            if (entry.version() == null) {
                warnings.add(path + ": entry at line " + entry.line() + " (" + descriptor
                        + ") has no version; skipped");
                continue;
            }
            if (range.startsWith("npm:")) {
                name = NpmNames.nameOfDescriptor(range.substring(4));
            }
            found.add(NpmNames.npmPackage(name, entry.version(), path, id()));
        }
    }

    private void readBerry(FileContent content, String path, PackageCollector found)
            throws IOException {
        for (JsonNode document : LockfileParsing.yamlDocuments(content)) {
            for (Map.Entry<String, JsonNode> entry : document.properties()) {
                if (entry.getKey().equals("__metadata")) {
                    continue;
                }
                JsonNode node = entry.getValue();
                String descriptor = node.path("resolution").asText(entry.getKey().split(",")[0]);
                String name = NpmNames.nameOfDescriptor(descriptor.trim());
                String version = node.path("version").asText(null);
                String reference = descriptor.substring(Math.min(descriptor.length(),
                        name.length() + 1));
                if (version != null && !isLocal(reference)) {
                    found.add(NpmNames.npmPackage(name, version, path, id()));
                }
            }
        }
    }

    private static boolean isLocal(String reference) {
        return LOCAL_PROTOCOLS.stream().anyMatch(reference::startsWith);
    }
}
