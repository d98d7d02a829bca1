// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

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
 * Installed Python distributions: {@code *.dist-info/METADATA}, {@code *.egg-info/PKG-INFO} and
 * single-file {@code *.egg-info}, wherever they lie (site-packages, dist-packages, vendored
 * trees). The licence is {@code License-Expression}, else a one-line {@code License} that is not
 * {@code UNKNOWN}, else every {@code License :: OSI Approved :: X} classifier; a multi-line or
 * very long {@code License} field holds the licence text rather than its name and is skipped.
 */
final class PythonMetadataDetector implements PackageDetector {

    static final String ID = "python-metadata";
    private static final int MAX_LICENSE_NAME = 100;
    private static final String CLASSIFIER = "License :: OSI Approved :: ";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean wants(FileEntry entry) {
        String name = entry.fileName();
        String parent = entry.parent();
        return name.endsWith(".egg-info")
                || name.equals("METADATA") && parent.endsWith(".dist-info")
                || name.equals("PKG-INFO") && parent.endsWith(".egg-info");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        Map<String, List<String>> headers = CoreMetadataHeaders.read(content);
        String name = first(headers, "name");
        String version = first(headers, "version");
        if (name == null || version == null) {
            return Detection.of(List.of(), List.of(path + ": no Name or Version header"));
        }
        InstalledPackage pkg = new InstalledPackage("pypi", null, name, version, Map.of(),
                null, null, licenses(headers), path, null, ID, false);
        return Detection.of(List.of(pkg));
    }

    private static List<String> licenses(Map<String, List<String>> headers) {
        String expression = first(headers, "license-expression");
        if (expression != null) {
            return List.of(expression);
        }
        String license = first(headers, "license");
        if (license != null && !license.equalsIgnoreCase("UNKNOWN")
                && license.length() <= MAX_LICENSE_NAME && !license.contains("\n")) {
            return List.of(license);
        }
        List<String> fromClassifiers = new ArrayList<>();
        for (String classifier : headers.getOrDefault("classifier", List.of())) {
            if (classifier.startsWith(CLASSIFIER)) {
                fromClassifiers.add(classifier.substring(CLASSIFIER.length()).trim());
            }
        }
        return fromClassifiers;
    }

    private static String first(Map<String, List<String>> headers, String key) {
        List<String> values = headers.get(key);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).trim();
    }
}
