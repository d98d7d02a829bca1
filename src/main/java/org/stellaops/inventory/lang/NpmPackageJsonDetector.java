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
 * Installed npm packages: a {@code package.json} read only when its folder is a package folder
 * of a {@code node_modules} tree, i.e. the parent is {@code node_modules/NAME} or
 * {@code node_modules/@scope/NAME}. That skips the project's own root package.json and the
 * test fixtures packages carry deeper inside ({@code node_modules/x/test/fixtures/package.json}),
 * which are not installed packages. Files without a name or version are skipped silently, as npm
 * itself does not install such packages.
 */
final class NpmPackageJsonDetector implements PackageDetector {

    static final String ID = "npm-package-json";
    private static final long MAX_BYTES = 4L << 20;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean wants(FileEntry entry) {
        if (!entry.fileName().equals("package.json")) {
            return false;
        }
        String folder = "/" + entry.parent();
        int modules = folder.lastIndexOf("/node_modules/");
        if (modules < 0) {
            return false;
        }
        String rest = folder.substring(modules + "/node_modules/".length());
        String[] parts = rest.split("/", -1);
        return parts.length == 1 && !parts[0].isEmpty() && !parts[0].startsWith("@")
                || parts.length == 2 && parts[0].startsWith("@") && !parts[1].isEmpty();
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        JsonNode json = LangJson.readTree(content, MAX_BYTES);
        String fullName = LangJson.text(json, "name");
        String version = LangJson.text(json, "version");
        if (fullName == null || version == null) {
            return Detection.empty();
        }
        String namespace = null;
        String name = fullName;
        int slash = fullName.indexOf('/');
        if (fullName.startsWith("@") && slash > 1) {
            namespace = fullName.substring(0, slash);
            name = fullName.substring(slash + 1);
        }
        InstalledPackage pkg = new InstalledPackage("npm", namespace, name, version, Map.of(),
                null, null, licenses(json), path, null, ID, false);
        return Detection.of(List.of(pkg));
    }

    /** {@code license} as a string or {@code {type}}; the legacy {@code licenses} array too. */
    private static List<String> licenses(JsonNode json) {
        List<String> found = new ArrayList<>();
        addLicense(json.get("license"), found);
        JsonNode legacy = json.get("licenses");
        if (legacy != null && legacy.isArray()) {
            legacy.forEach(each -> addLicense(each, found));
        }
        return found;
    }

    private static void addLicense(JsonNode license, List<String> found) {
        if (license == null) {
            return;
        }
        String value = license.isTextual() ? license.asText() : LangJson.text(license, "type");
        if (value != null && !value.isBlank()) {
            found.add(value.trim());
        }
    }
}
