// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A detector for the analyzer's own tests: files named {@code packages.txt} hold one
 * {@code type name version} line per package, and {@code os-release} files an {@code ID VERSION}
 * line. It keeps the tests about layers, not about any real package format.
 */
final class ListDetector implements PackageDetector {

    @Override
    public String id() {
        return "list";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("packages.txt") || entry.path().endsWith("os-release");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String text = new String(content.stream().readAllBytes(), StandardCharsets.UTF_8);
        String path = content.entry().path();
        if (path.endsWith("os-release")) {
            String[] words = text.strip().split(" ");
            return new Detection(List.of(), List.of(), new OsRelease(words[0], words[1], null,
                    path), List.of());
        }
        List<InstalledPackage> found = new ArrayList<>();
        List<FileOwnership> owned = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] w = line.strip().split(" ");
            if (w[0].equals("owns")) {
                owned.add(new FileOwnership(w[1], w[2], List.of(w[3])));
            } else if (w.length == 3) {
                found.add(InstalledPackage.of(w[0], null, w[1], w[2], path, id()));
            } else {
                throw new InventoryException(path, "bad line '" + line + "'");
            }
        }
        return new Detection(found, owned, null, List.of());
    }
}
