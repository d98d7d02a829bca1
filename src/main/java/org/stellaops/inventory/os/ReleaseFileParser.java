// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stellaops.inventory.OsRelease;

/**
 * Reads the one-line release files older images have instead of, or besides, os-release:
 * {@code alpine-release}, {@code debian_version} and the Red Hat family's
 * {@code redhat-release}, {@code centos-release}, {@code system-release}.
 */
final class ReleaseFileParser {

    private static final Pattern RELEASE = Pattern.compile("\\brelease\\s+(\\d[\\w.]*)");

    /** Distribution names as the Red Hat family's release lines start, with their os-release ID. */
    private static final List<String[]> RED_HAT_FAMILY = List.of(
            new String[] {"red hat enterprise linux", "rhel"},
            new String[] {"centos stream", "centos"},
            new String[] {"centos", "centos"},
            new String[] {"rocky linux", "rocky"},
            new String[] {"almalinux", "almalinux"},
            new String[] {"oracle linux", "ol"},
            new String[] {"fedora", "fedora"},
            new String[] {"amazon linux", "amzn"},
            new String[] {"cbl-mariner", "mariner"},
            new String[] {"photon", "photon"});

    private ReleaseFileParser() {
    }

    /** The OS a release file names, or null when its first line is not one we recognise. */
    static OsRelease parse(String fileName, String text, String path) {
        String line = text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse("");
        if (line.isEmpty()) {
            return null;
        }
        return switch (fileName) {
            case "alpine-release" -> new OsRelease("alpine", line, null, path);
            // "12.5" on releases, "trixie/sid" on testing and unstable: no version to report
            case "debian_version" -> new OsRelease("debian",
                    Character.isDigit(line.charAt(0)) ? line : null, null, path);
            default -> parseRedHatFamily(line, path);
        };
    }

    private static OsRelease parseRedHatFamily(String line, String path) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String[] family : RED_HAT_FAMILY) {
            if (lower.startsWith(family[0])) {
                Matcher m = RELEASE.matcher(line);
                return new OsRelease(family[1], m.find() ? m.group(1) : null, line, path);
            }
        }
        return null;
    }
}
