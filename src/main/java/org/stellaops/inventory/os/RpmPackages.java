// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stellaops.inventory.FileOwnership;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.os.RpmHeader.MalformedHeaderException;

/**
 * Collects the packages and file lists of the headers of one rpm database, skipping the
 * {@code gpg-pubkey} pseudo-packages rpm keeps for imported signing keys.
 */
final class RpmPackages {

    /** Placeholder purl namespace; the merge replaces it with the vendor of the distro. */
    static final String NAMESPACE = "rpm";

    private final String path;
    private final String detector;
    final List<InstalledPackage> packages = new ArrayList<>();
    final List<FileOwnership> ownership = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    RpmPackages(String path, String detector) {
        this.path = path;
        this.detector = detector;
    }

    /**
     * Adds the package of one header blob; a blob that does not parse becomes a warning naming
     * {@code record} (where in the database it was).
     */
    void add(byte[] blob, String record) {
        try {
            addHeader(RpmHeader.parse(blob), record);
        } catch (MalformedHeaderException e) {
            warnings.add(path + ": " + record + ": " + e.getMessage() + "; header skipped");
        }
    }

    void warn(String message) {
        warnings.add(path + ": " + message);
    }

    private void addHeader(RpmHeader header, String record) throws MalformedHeaderException {
        String name = header.string(RpmHeader.NAME);
        if ("gpg-pubkey".equals(name)) {
            return;
        }
        String version = header.string(RpmHeader.VERSION);
        if (name == null || name.isBlank() || version == null) {
            warn(record + ": header has no " + (name == null || name.isBlank() ? "name" : "version")
                    + "; skipped");
            return;
        }
        String release = header.string(RpmHeader.RELEASE);
        String fullVersion = release == null || release.isEmpty() ? version
                : version + "-" + release;

        Map<String, String> qualifiers = new TreeMap<>();
        String arch = header.string(RpmHeader.ARCH);
        if (arch != null && !arch.isEmpty()) {
            qualifiers.put("arch", arch);
        }
        Integer epoch = header.integer(RpmHeader.EPOCH);
        if (epoch != null && epoch != 0) {
            qualifiers.put("epoch", Integer.toUnsignedString(epoch));
        }
        String license = header.string(RpmHeader.LICENSE);
        String[] source = parseSourceRpm(header.string(RpmHeader.SOURCERPM));
        packages.add(new InstalledPackage("rpm", NAMESPACE, name, fullVersion, qualifiers,
                source == null ? null : source[0], source == null ? null : source[1],
                license == null || license.isBlank() ? List.of() : List.of(license), path, null,
                detector, false));

        List<String> files = readFiles(header, record);
        if (!files.isEmpty()) {
            ownership.add(new FileOwnership("rpm", name, files));
        }
    }

    private List<String> readFiles(RpmHeader header, String record)
            throws MalformedHeaderException {
        List<String> basenames = header.strings(RpmHeader.BASENAMES);
        List<String> listed = new ArrayList<>();
        if (basenames.isEmpty()) {
            listed.addAll(header.strings(RpmHeader.OLDFILENAMES)); // rpm before 4.0
        } else {
            int[] dirIndexes = header.ints(RpmHeader.DIRINDEXES);
            List<String> dirnames = header.strings(RpmHeader.DIRNAMES);
            if (dirIndexes.length != basenames.size()) {
                warn(record + ": " + basenames.size() + " file names but " + dirIndexes.length
                        + " directory indexes; file list skipped");
                return List.of();
            }
            for (int i = 0; i < dirIndexes.length; i++) {
                if (dirIndexes[i] < 0 || dirIndexes[i] >= dirnames.size()) {
                    warn(record + ": directory index " + dirIndexes[i] + " out of range; "
                            + "file list skipped");
                    return List.of();
                }
                listed.add(dirnames.get(dirIndexes[i]) + basenames.get(i));
            }
        }
        List<String> files = new ArrayList<>(listed.size());
        for (String file : listed) {
            String relative = OwnedPaths.relative(file);
            if (relative != null) {
                files.add(relative);
            }
        }
        return files;
    }

    /**
     * The name and {@code version-release} of a source rpm file name
     * ({@code name-version-release.src.rpm}, split from the right since names hold dashes), or
     * null when it is absent or not of that form.
     */
    static String[] parseSourceRpm(String sourceRpm) {
        if (sourceRpm == null) {
            return null;
        }
        String base = sourceRpm.strip();
        for (String suffix : List.of(".src.rpm", ".nosrc.rpm")) {
            if (base.endsWith(suffix)) {
                base = base.substring(0, base.length() - suffix.length());
                break;
            }
        }
        int releaseDash = base.lastIndexOf('-');
        int versionDash = releaseDash <= 0 ? -1 : base.lastIndexOf('-', releaseDash - 1);
        if (versionDash <= 0) {
            return null;
        }
        return new String[] {base.substring(0, versionDash), base.substring(versionDash + 1)};
    }
}
