// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.io.IOException;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.InventoryException;
import org.stellaops.inventory.PackageDetector;

/**
 * {@code gradle.lockfile}: one {@code group:artifact:version=configurations} line per module
 * ({@code #} comments and the {@code empty=} line aside). A module locked only in test
 * configurations ({@code testCompileClasspath}...) is development-only. Written by hand: the
 * format is one line shape.
 */
final class GradleLockfileDetector implements PackageDetector {

    @Override
    public String id() {
        return "gradle-lockfile";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("gradle.lockfile");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        String[] lines = LockfileParsing.text(content).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("empty=")) {
                continue;
            }
            int equals = line.indexOf('=');
            String[] gav = (equals < 0 ? line : line.substring(0, equals)).split(":");
            if (gav.length != 3 || gav[0].isEmpty() || gav[1].isEmpty() || gav[2].isEmpty()) {
                throw new InventoryException(path, "line " + (i + 1)
                        + ": not 'group:artifact:version=configurations'");
            }
            String configurations = equals < 0 ? "" : line.substring(equals + 1);
            found.add(InstalledPackage.of("maven", gav[0], gav[1], gav[2], path, id())
                    .withDev(onlyTest(configurations)));
        }
        return Detection.of(found.packages());
    }

    private static boolean onlyTest(String configurations) {
        boolean any = false;
        for (String configuration : configurations.split(",")) {
            String name = configuration.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (!name.startsWith("test")) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
