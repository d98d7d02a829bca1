// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.OsRelease;
import org.stellaops.inventory.PackageDetector;

/**
 * Says which operating system a tree is from its os-release file or an older release file. Each
 * file is reported as it reads; choosing among several files is the merge's job.
 */
public final class OsReleaseDetector implements PackageDetector {

    private static final Set<String> OS_RELEASE = Set.of("etc/os-release", "usr/lib/os-release");
    private static final Set<String> FALLBACKS = Set.of("etc/alpine-release",
            "etc/debian_version", "etc/redhat-release", "etc/centos-release",
            "etc/system-release");
    /** Real os-release files are under 1 KiB; anything this large is not one. */
    private static final long SIZE_LIMIT = 64 * 1024;

    @Override
    public String id() {
        return "os-release";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return OS_RELEASE.contains(entry.path()) || FALLBACKS.contains(entry.path());
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        String text = new String(content.bytes(SIZE_LIMIT), StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();
        OsRelease os = OS_RELEASE.contains(path)
                ? readOsRelease(text, path, warnings)
                : ReleaseFileParser.parse(content.entry().fileName(), text, path);
        if (os == null && warnings.isEmpty()) {
            warnings.add(path + ": names no operating system we recognise");
        }
        return new Detection(List.of(), List.of(), os, warnings);
    }

    private static OsRelease readOsRelease(String text, String path, List<String> warnings) {
        Map<String, String> values = OsReleaseParser.parse(text, path, warnings);
        // the specification's default when ID is missing
        String id = values.getOrDefault("ID", "linux").toLowerCase(Locale.ROOT);
        if (id.isBlank()) {
            id = "linux";
        }
        return new OsRelease(id, blankToNull(values.get("VERSION_ID")),
                blankToNull(values.get("PRETTY_NAME")), path);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
