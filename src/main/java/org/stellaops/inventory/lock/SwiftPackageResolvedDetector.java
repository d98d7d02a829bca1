// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PackageDetector;

/**
 * SwiftPM {@code Package.resolved}, version 1 ({@code object.pins}, {@code repositoryURL}) and
 * versions 2 and 3 ({@code pins}, {@code location}). The purl is {@code pkg:swift} with the
 * repository's host and owner as namespace and its name (without {@code .git}) as name, the
 * purl spec's form. Pins on a branch or bare revision have no version and are named in one
 * warning.
 */
final class SwiftPackageResolvedDetector implements PackageDetector {

    @Override
    public String id() {
        return "swift-package-resolved";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("Package.resolved");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        JsonNode root = LockfileParsing.json(content);
        String path = content.entry().path();
        JsonNode pins = root.has("pins") ? root.path("pins") : root.path("object").path("pins");
        PackageCollector found = new PackageCollector();
        List<String> unversioned = new ArrayList<>();
        for (JsonNode pin : pins) {
            String location = pin.path("location").asText(pin.path("repositoryURL").asText(""));
            String version = pin.path("state").path("version").asText("");
            String repository = repositoryPath(location);
            int slash = repository.lastIndexOf('/');
            if (version.isEmpty() || slash <= 0) {
                unversioned.add(location.isEmpty() ? pin.path("identity").asText("?") : location);
                continue;
            }
            found.add(InstalledPackage.of("swift", repository.substring(0, slash),
                    repository.substring(slash + 1), version, path, id()));
        }
        List<String> warnings = unversioned.isEmpty() ? List.of()
                : List.of(path + ": " + unversioned.size() + " pins without a version skipped: "
                        + String.join(", ", unversioned));
        return Detection.of(found.packages(), warnings);
    }

    /** {@code https://github.com/Quick/Nimble.git} → {@code github.com/Quick/Nimble}. */
    private static String repositoryPath(String location) {
        String bare = location.replaceFirst("^[a-zA-Z+]+://", "").replaceFirst("^[^@/]+@", "")
                .replaceFirst(":(?!\\d)", "/");
        if (bare.endsWith("/")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return bare.endsWith(".git") ? bare.substring(0, bare.length() - 4) : bare;
    }
}
