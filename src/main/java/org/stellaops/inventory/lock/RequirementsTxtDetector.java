// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PackageDetector;

/**
 * pip {@code requirements*.txt}: only pinned {@code name==version} (or {@code name[extra]==})
 * requirements are packages; a range says nothing about what is installed. Comments, options
 * ({@code -r}, {@code -e}, {@code --hash}), environment markers after ';' and backslash line
 * continuations are handled; unpinned requirements are counted in one warning. Written by hand
 * because the grammar we need is one line long and no Java library parses pip's format.
 */
final class RequirementsTxtDetector implements PackageDetector {

    private static final Pattern PINNED = Pattern.compile(
            "([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(?:\\[[^\\]]*\\])?\\s*==\\s*([A-Za-z0-9._+!-]+)");

    @Override
    public String id() {
        return "requirements-txt";
    }

    @Override
    public boolean wants(FileEntry entry) {
        String name = entry.fileName();
        return name.startsWith("requirements") && name.endsWith(".txt");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        int unpinned = 0;
        for (String requirement : requirements(LockfileParsing.text(content))) {
            Matcher pinned = PINNED.matcher(requirement);
            if (pinned.matches()) {
                found.add(InstalledPackage.of("pypi", null, pinned.group(1), pinned.group(2),
                        path, id()));
            } else {
                unpinned++;
            }
        }
        List<String> warnings = unpinned == 0 ? List.of()
                : List.of(path + ": " + unpinned + " requirements without an exact '==' pin"
                        + " ignored");
        return Detection.of(found.packages(), warnings);
    }

    /** The requirement of each logical line, without comment, options and marker. */
    static List<String> requirements(String text) {
        List<String> requirements = new ArrayList<>();
        String joined = text.replaceAll("\\\\\\r?\\n", " ");
        for (String line : joined.split("\\r?\\n")) {
            String requirement = withoutComment(line).trim();
            if (requirement.isEmpty() || requirement.startsWith("-")) {
                continue;
            }
            int option = requirement.indexOf(" -");
            if (option > 0) {
                requirement = requirement.substring(0, option);
            }
            int marker = requirement.indexOf(';');
            if (marker >= 0) {
                requirement = requirement.substring(0, marker);
            }
            requirements.add(requirement.trim());
        }
        return requirements;
    }

    private static String withoutComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
