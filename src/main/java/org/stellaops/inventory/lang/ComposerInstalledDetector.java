// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

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
 * PHP packages Composer installed, from {@code vendor/composer/installed.json}: a top-level
 * array (Composer 1) or {@code {packages: [...]}} (Composer 2). The version is kept as written
 * ({@code v1.8.1} stays {@code v1.8.1}): Composer's own {@code version} field keeps the tag's
 * {@code v}, advisories (GitHub, FriendsOfPHP) state versions without it, and the Composer
 * version comparator of the matcher strips it, so stripping here would only lose information.
 */
final class ComposerInstalledDetector implements PackageDetector {

    static final String ID = "composer-installed";
    private static final long MAX_BYTES = 64L << 20;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.path().endsWith("vendor/composer/installed.json")
                && (entry.path().length() == "vendor/composer/installed.json".length()
                || entry.path().endsWith("/vendor/composer/installed.json"));
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        JsonNode json = LangJson.readTree(content, MAX_BYTES);
        JsonNode list = json.isArray() ? json : json.path("packages");
        List<InstalledPackage> packages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (JsonNode each : list) {
            String fullName = LangJson.text(each, "name");
            String version = LangJson.text(each, "version");
            int slash = fullName == null ? -1 : fullName.indexOf('/');
            if (slash <= 0 || slash == fullName.length() - 1 || version == null) {
                warnings.add(path + ": package without vendor/name or version skipped");
                continue;
            }
            packages.add(new InstalledPackage("composer", fullName.substring(0, slash),
                    fullName.substring(slash + 1), version, Map.of(), null, null,
                    licenses(each), path, null, ID, false));
        }
        return Detection.of(packages, warnings);
    }

    private static List<String> licenses(JsonNode pkg) {
        List<String> found = new ArrayList<>();
        JsonNode license = pkg.get("license");
        if (license != null && license.isArray()) {
            license.forEach(each -> {
                if (each.isTextual() && !each.asText().isBlank()) {
                    found.add(each.asText().trim());
                }
            });
        } else if (license != null && license.isTextual() && !license.asText().isBlank()) {
            found.add(license.asText().trim());
        }
        return found;
    }
}
