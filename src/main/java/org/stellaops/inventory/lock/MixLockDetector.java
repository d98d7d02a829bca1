// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PackageDetector;

/**
 * Elixir {@code mix.lock}: the {@code :hex} entries, as purl type {@code hex} with the package
 * name the entry states (which may differ from the dependency's key). Git and path dependencies
 * have no Hex version and are skipped. The file is an Elixir map literal; mix writes one entry
 * per line, so a line pattern reads it — evaluating Elixir terms in Java is not worth a parser.
 */
final class MixLockDetector implements PackageDetector {

    private static final Pattern HEX_ENTRY = Pattern.compile(
            "^\\s*\"[^\"]+\"\\s*:\\s*\\{\\s*:hex\\s*,\\s*:\"?([A-Za-z0-9_]+)\"?\\s*,"
                    + "\\s*\"([^\"]+)\"");

    @Override
    public String id() {
        return "mix-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("mix.lock");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        for (String line : LockfileParsing.text(content).split("\r?\n")) {
            Matcher entry = HEX_ENTRY.matcher(line);
            if (entry.find()) {
                found.add(InstalledPackage.of("hex", null, entry.group(1), entry.group(2), path,
                        id()));
            }
        }
        return Detection.of(found.packages());
    }
}
