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
 * npm {@code package-lock.json} and {@code npm-shrinkwrap.json}, lockfile versions 1 to 3.
 * Versions 2 and 3 are read from {@code packages}, keyed by install path; version 1 from the
 * nested {@code dependencies}. The project itself (the {@code ""} entry), symlinked workspace
 * entries ({@code link: true}) and workspace folders outside {@code node_modules} are local code,
 * not dependencies, and are skipped. Aliases ({@code "npm:real@1.0.0"}) report the real package.
 * In version 1, whose {@code version} of a git, tarball or {@code file:} dependency is its URL,
 * such entries are skipped, and named in one warning: there is no registry version to match.
 */
final class NpmPackageLockDetector implements PackageDetector {

    private static final String NODE_MODULES = "node_modules/";

    @Override
    public String id() {
        return "npm-package-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        String name = entry.fileName();
        return (name.equals("package-lock.json") || name.equals("npm-shrinkwrap.json"))
                && NpmNames.outsideNodeModules(entry);
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        JsonNode root = LockfileParsing.json(content);
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        List<String> unversioned = new ArrayList<>();
        JsonNode packages = root.path("packages");
        if (packages.isObject() && !packages.isEmpty()) {
            readPackages(packages, path, found);
        } else {
            readDependencies(root.path("dependencies"), path, found, unversioned);
        }
        List<String> warnings = unversioned.isEmpty() ? List.of()
                : List.of(path + ": " + unversioned.size() + " dependencies without a registry"
                        + " version skipped: " + String.join(", ", unversioned));
        return Detection.of(found.packages(), warnings);
    }

    private void readPackages(JsonNode packages, String path, PackageCollector found) {
        for (Map.Entry<String, JsonNode> entry : packages.properties()) {
            String key = entry.getKey();
            JsonNode node = entry.getValue();
            int last = key.lastIndexOf(NODE_MODULES);
            if (last < 0 || node.path("link").asBoolean(false)) {
                continue;
            }
            String name = node.path("name").asText(key.substring(last + NODE_MODULES.length()));
            String version = node.path("version").asText(null);
            if (version != null && !name.isEmpty()) {
                found.add(NpmNames.npmPackage(name, version, path, id())
                        .withDev(node.path("dev").asBoolean(false)));
            }
        }
    }

    private void readDependencies(JsonNode dependencies, String path, PackageCollector found,
            List<String> unversioned) {
        for (Map.Entry<String, JsonNode> entry : dependencies.properties()) {
            JsonNode node = entry.getValue();
            String name = entry.getKey();
            String version = node.path("version").asText(null);
            if (version != null && version.startsWith("npm:")) {
                String alias = version.substring(4);
                name = NpmNames.nameOfDescriptor(alias);
                version = alias.substring(Math.min(alias.length(), name.length() + 1));
            }
            // file:, git and tarball URLs are not registry versions a matcher can compare
            if (version != null && !version.contains(":")) {
                found.add(NpmNames.npmPackage(name, version, path, id())
                        .withDev(node.path("dev").asBoolean(false)));
            } else {
                unversioned.add(entry.getKey() + "@" + version);
            }
            readDependencies(node.path("dependencies"), path, found, unversioned);
        }
    }
}
