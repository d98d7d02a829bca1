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
 * {@code conan.lock}: Conan 2 ({@code requires}, with {@code build_requires} marked dev as build
 * tools) and Conan 1 ({@code graph_lock.nodes}, each node's {@code ref}). References read
 * {@code name/version[@user/channel][#revision][%timestamp]}; the purl is {@code pkg:conan}
 * with the name and version (user and channel are not kept).
 */
final class ConanLockDetector implements PackageDetector {

    @Override
    public String id() {
        return "conan-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("conan.lock");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        JsonNode root = LockfileParsing.json(content);
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        for (JsonNode reference : root.path("requires")) {
            addReference(reference.asText(""), false, path, found);
        }
        for (JsonNode reference : root.path("build_requires")) {
            addReference(reference.asText(""), true, path, found);
        }
        for (Map.Entry<String, JsonNode> node : root.path("graph_lock").path("nodes")
                .properties()) {
            addReference(node.getValue().path("ref").asText(""), false, path, found);
        }
        return Detection.of(found.packages());
    }

    private void addReference(String reference, boolean dev, String path,
            PackageCollector found) {
        String bare = reference.split("[@#%]", 2)[0];
        int slash = bare.indexOf('/');
        // the root node of a Conan 1 graph has no reference
        if (slash > 0 && slash < bare.length() - 1) {
            found.add(InstalledPackage.of("conan", null, bare.substring(0, slash),
                    bare.substring(slash + 1), path, id()).withDev(dev));
        }
    }
}
