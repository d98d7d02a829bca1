// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.InventoryException;
import org.stellaops.inventory.PackageDetector;

/**
 * Bundler's {@code Gemfile.lock} (and {@code gems.locked}): the {@code name (version)} lines,
 * indented four spaces, under {@code specs:} of the {@code GEM} and {@code GIT} sections.
 * {@code PATH} gems are local code and skipped, as are unknown sections. A platform suffix
 * ({@code 1.13.6-x86_64-linux}) moves to the purl's {@code platform} qualifier, which the gem
 * purl type defines, so the version stays comparable. Written by hand: Bundler's lockfile is its
 * own indentation format and only Ruby parses it.
 */
final class GemfileLockDetector implements PackageDetector {

    private static final Pattern SPEC = Pattern.compile("    ([^\\s(]+) \\(([^)\\s]+)\\)\\s*");

    @Override
    public String id() {
        return "gemfile-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        String name = entry.fileName();
        return name.equals("Gemfile.lock") || name.equals("gems.locked");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        boolean inGems = false;
        boolean inSpecs = false;
        String[] lines = LockfileParsing.text(content).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (!line.startsWith(" ")) {
                inGems = line.equals("GEM") || line.equals("GIT");
                inSpecs = false;
            } else if (line.startsWith("  ") && !line.startsWith("   ")) {
                inSpecs = line.trim().equals("specs:");
            } else if (inGems && inSpecs && line.startsWith("    ") && line.charAt(4) != ' ') {
                found.add(gem(line, path, i + 1));
            }
        }
        return Detection.of(found.packages());
    }

    private InstalledPackage gem(String line, String path, int number)
            throws InventoryException {
        Matcher spec = SPEC.matcher(line);
        if (!spec.matches()) {
            throw new InventoryException(path, "line " + number + ": not 'name (version)'");
        }
        String version = spec.group(2);
        int dash = version.indexOf('-');
        InstalledPackage gem = InstalledPackage.of("gem", null, spec.group(1),
                dash < 0 ? version : version.substring(0, dash), path, id());
        return dash < 0 ? gem : gem.withQualifier("platform", version.substring(dash + 1));
    }
}
