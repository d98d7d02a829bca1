// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.InventoryException;
import org.stellaops.inventory.PackageDetector;

/**
 * Installed Ruby gems, from the {@code specifications/*.gemspec} files RubyGems writes. These
 * are Ruby code, but generated in one fixed shape ({@code s.name = "x".freeze}), so a few
 * anchored regular expressions read them without evaluating anything; a hand-written gemspec of
 * a source tree may use computed values and then yields nothing. Files past 1 MiB are refused.
 */
final class GemspecDetector implements PackageDetector {

    static final String ID = "gemspec";
    private static final int MAX_BYTES = 1 << 20;
    /** "x", 'x' or %q{x} (RubyGems before 1.3.6), with an optional .freeze. */
    private static final String STRING =
            "(?:[\"']([^\"'\\n]+)[\"']|%q\\{([^}\\n]+)\\})(?:\\.freeze)?";
    private static final Pattern NAME = Pattern.compile(
            "^\\s*\\w+\\.name\\s*=\\s*" + STRING, Pattern.MULTILINE);
    private static final Pattern VERSION = Pattern.compile(
            "^\\s*\\w+\\.version\\s*=\\s*(?:Gem::Version\\.new\\(\\s*)?" + STRING,
            Pattern.MULTILINE);
    private static final Pattern LICENSES = Pattern.compile(
            "^\\s*\\w+\\.licen[sc]es?\\s*=\\s*(\\[[^\\]\\n]*\\]|" + STRING + ")",
            Pattern.MULTILINE);
    private static final Pattern QUOTED =
            Pattern.compile("[\"']([^\"'\\n]+)[\"']|%q\\{([^}\\n]+)\\}");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().endsWith(".gemspec")
                && (entry.parent().equals("specifications")
                || entry.parent().endsWith("/specifications"));
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        byte[] bytes;
        try (InputStream in = content.stream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InventoryException(path, "gemspec larger than " + MAX_BYTES + " bytes");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String name = group(NAME.matcher(text));
        String version = group(VERSION.matcher(text));
        if (name == null || version == null) {
            return Detection.of(List.of(), List.of(path + ": no literal name or version"));
        }
        InstalledPackage pkg = new InstalledPackage("gem", null, name, version, Map.of(),
                null, null, licenses(text), path, null, ID, false);
        return Detection.of(List.of(pkg));
    }

    private static List<String> licenses(String text) {
        List<String> found = new ArrayList<>();
        Matcher line = LICENSES.matcher(text);
        if (line.find()) {
            Matcher quoted = QUOTED.matcher(line.group(1));
            while (quoted.find()) {
                found.add(firstGroup(quoted));
            }
        }
        return found;
    }

    private static String group(Matcher matcher) {
        return matcher.find() ? firstGroup(matcher) : null;
    }

    /** The quoted or the %q{} alternative, whichever matched. */
    private static String firstGroup(Matcher matcher) {
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
}
