// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.FileOwnership;
import org.stellaops.inventory.PackageDetector;

/**
 * Reads which files a Debian package owns from {@code var/lib/dpkg/info/PKG[:ARCH].list} and
 * distroless {@code status.d/PKG.md5sums}. Directory entries of {@code .list} files are kept:
 * the file gives no way to tell them from files, and owning a directory harms no lookup by path.
 */
public final class DpkgFileListDetector implements PackageDetector {

    private static final String INFO = "var/lib/dpkg/info";
    /** The largest real lists (kernel modules, texlive) are a few MiB. */
    private static final long SIZE_LIMIT = 32L * 1024 * 1024;

    @Override
    public String id() {
        return "dpkg-files";
    }

    @Override
    public boolean wants(FileEntry entry) {
        String name = entry.fileName();
        return entry.parent().equals(INFO) && name.endsWith(".list") && name.length() > 5
                || entry.parent().equals(DpkgStatusDetector.STATUS_D)
                        && name.endsWith(".md5sums") && name.length() > 8;
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        FileEntry entry = content.entry();
        boolean md5sums = entry.fileName().endsWith(".md5sums");
        String stem = entry.fileName().substring(0, entry.fileName().lastIndexOf('.'));
        int colon = stem.indexOf(':'); // multi-arch packages: libc6:amd64.list
        String packageName = colon < 0 ? stem : stem.substring(0, colon);

        String text = new String(content.bytes(SIZE_LIMIT), StandardCharsets.UTF_8);
        List<String> paths = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String listed = md5sums ? md5sumsPath(lines[i]) : lines[i];
            if (listed == null || listed.isBlank()) {
                continue;
            }
            String path = OwnedPaths.relative(listed);
            if (path == null) {
                if (listed.contains("..")) {
                    warnings.add(entry.path() + ":" + (i + 1) + ": path leaves the root: "
                            + listed.strip());
                }
                continue;
            }
            paths.add(path);
        }
        FileOwnership owned = new FileOwnership("deb", packageName, paths);
        return new Detection(List.of(), List.of(owned), null, warnings);
    }

    /** The path of an md5sums line, {@code <md5>  <path>}, or null when the line has none. */
    private static String md5sumsPath(String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? null : trimmed.substring(space + 1).strip();
    }
}
