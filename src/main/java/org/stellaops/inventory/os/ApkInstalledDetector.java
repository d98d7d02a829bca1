// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.FileOwnership;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PackageDetector;

/**
 * Lists the packages of an apk database ({@code lib/apk/db/installed}: Alpine, Wolfi,
 * Chainguard) with the files each owns. The format is {@code K:value} lines, one blank line
 * between packages; {@code F} opens a directory whose files follow as {@code R} lines.
 */
public final class ApkInstalledDetector implements PackageDetector {

    static final String INSTALLED = "lib/apk/db/installed";
    /** Large Alpine images have databases of a few MiB. */
    private static final long SIZE_LIMIT = 64L * 1024 * 1024;

    @Override
    public String id() {
        return "apk";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.path().equals(INSTALLED);
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        String text = new String(content.bytes(SIZE_LIMIT), StandardCharsets.UTF_8);
        List<InstalledPackage> packages = new ArrayList<>();
        List<FileOwnership> ownership = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ApkRecord record = new ApkRecord();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (!record.isEmpty()) {
                    emit(record, path, packages, ownership, warnings);
                }
                record = new ApkRecord();
            } else if (line.length() < 2 || line.charAt(1) != ':') {
                warnings.add(path + ":" + (i + 1) + ": not a 'K:value' line; ignored");
            } else {
                record.add(line.charAt(0), line.substring(2), i + 1);
            }
        }
        return new Detection(packages, ownership, null, warnings);
    }

    private void emit(ApkRecord record, String path, List<InstalledPackage> packages,
            List<FileOwnership> ownership, List<String> warnings) {
        if (record.name == null || record.version == null) {
            warnings.add(path + ":" + record.line + ": package "
                    + (record.name == null ? "without a name (P)" : record.name
                            + " without a version (V)") + "; skipped");
            return;
        }
        Map<String, String> qualifiers = new TreeMap<>();
        if (record.arch != null) {
            qualifiers.put("arch", record.arch);
        }
        List<String> licenses = record.license == null ? List.of() : List.of(record.license);
        packages.add(new InstalledPackage("apk", "alpine", record.name, record.version,
                qualifiers, record.origin == null ? record.name : record.origin, record.version,
                licenses, path, null, id(), false));
        if (!record.files.isEmpty()) {
            ownership.add(new FileOwnership("apk", record.name, record.files));
        }
    }

    /** The fields of one package as its lines are read. */
    private static final class ApkRecord {
        int line;
        String name;
        String version;
        String arch;
        String license;
        String origin;
        String directory = "";
        final List<String> files = new ArrayList<>();
        private boolean empty = true;

        boolean isEmpty() {
            return empty;
        }

        void add(char key, String value, int lineNumber) {
            if (empty) {
                line = lineNumber;
                empty = false;
            }
            switch (key) {
                case 'P' -> name = blankToNull(value);
                case 'V' -> version = blankToNull(value);
                case 'A' -> arch = blankToNull(value);
                case 'L' -> license = blankToNull(value);
                case 'o' -> origin = blankToNull(value);
                case 'F' -> directory = value.strip();
                case 'R' -> addFile(value);
                default -> {
                    // checksums, sizes, dependencies, attributes: not part of the inventory
                }
            }
        }

        private void addFile(String file) {
            String owned = OwnedPaths.relative(directory.isEmpty() ? file : directory + "/" + file);
            if (owned != null) {
                files.add(owned);
            }
        }

        private static String blankToNull(String value) {
            return value.isBlank() ? null : value.strip();
        }
    }
}
