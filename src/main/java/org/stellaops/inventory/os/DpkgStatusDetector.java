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
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PackageDetector;

/**
 * Lists the installed Debian packages of a dpkg status file or of a distroless
 * {@code status.d} entry, one package per installed stanza, in file order.
 */
public final class DpkgStatusDetector implements PackageDetector {

    static final String STATUS = "var/lib/dpkg/status";
    static final String STATUS_D = "var/lib/dpkg/status.d";
    /** The largest real status files (desktop installs) are a few MiB. */
    private static final long SIZE_LIMIT = 64L * 1024 * 1024;

    @Override
    public String id() {
        return "dpkg";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.path().equals(STATUS)
                || entry.parent().equals(STATUS_D) && !entry.fileName().endsWith(".md5sums");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        // distroless status.d entries are written for installed packages only and lack Status
        boolean statusOptional = !path.equals(STATUS);
        String text = new String(content.bytes(SIZE_LIMIT), StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();
        List<InstalledPackage> packages = new ArrayList<>();
        for (ControlStanza stanza : ControlStanzaParser.parse(text, path, warnings)) {
            if (installed(stanza.field("Status"), statusOptional)) {
                InstalledPackage pkg = toPackage(stanza, path, warnings);
                if (pkg != null) {
                    packages.add(pkg);
                }
            }
        }
        return Detection.of(packages, warnings);
    }

    /**
     * Whether the Status says the package is on disk: the third word is {@code installed}
     * ("install ok installed", and "hold ok installed" for a held package).
     */
    static boolean installed(String status, boolean statusOptional) {
        if (status == null) {
            return statusOptional;
        }
        String[] words = status.split("\\s+");
        return words.length == 3 && words[1].equals("ok") && words[2].equals("installed");
    }

    private InstalledPackage toPackage(ControlStanza stanza, String path, List<String> warnings) {
        String name = stanza.field("Package");
        String version = stanza.field("Version");
        if (name == null || version == null) {
            warnings.add(path + ":" + stanza.line() + ": stanza has no "
                    + (name == null ? "Package" : "Version") + "; skipped");
            return null;
        }
        EpochVersion split = EpochVersion.parse(version);
        Map<String, String> qualifiers = new TreeMap<>();
        String arch = stanza.field("Architecture");
        if (arch != null) {
            qualifiers.put("arch", arch);
        }
        if (split.epoch() != null) {
            qualifiers.put("epoch", split.epoch());
        }
        String[] source = parseSource(stanza.field("Source"), name, version);
        return new InstalledPackage("deb", "debian", name, split.version(), qualifiers,
                source[0], source[1], List.of(), path, null, id(), false);
    }

    /**
     * The source name and version of a {@code Source} field, {@code name} or
     * {@code name (version)}; both default to the binary package's.
     */
    static String[] parseSource(String field, String name, String version) {
        if (field == null) {
            return new String[] {name, version};
        }
        int paren = field.indexOf('(');
        if (paren < 0) {
            return new String[] {field, version};
        }
        int close = field.indexOf(')', paren);
        String sourceVersion = field.substring(paren + 1, close < 0 ? field.length() : close)
                .strip();
        String sourceName = field.substring(0, paren).strip();
        return new String[] {sourceName.isEmpty() ? name : sourceName,
            sourceVersion.isEmpty() ? version : sourceVersion};
    }
}
