// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.List;

/**
 * What a detector found in one file.
 *
 * @param packages the packages the file names, in file order
 * @param ownership files that OS packages of this file say they own (dpkg {@code .list} files,
 *     apk and rpm file lists); used to attribute language packages to the OS package that
 *     installed them
 * @param os the operating system, when the file names one (os-release and friends), else null
 * @param warnings problems that did not stop reading, each naming the file
 */
public record Detection(
        List<InstalledPackage> packages,
        List<FileOwnership> ownership,
        OsRelease os,
        List<String> warnings) {

    public Detection {
        packages = List.copyOf(packages);
        ownership = List.copyOf(ownership);
        warnings = List.copyOf(warnings);
    }

    /** Nothing found. */
    public static Detection empty() {
        return new Detection(List.of(), List.of(), null, List.of());
    }

    /** Packages only. */
    public static Detection of(List<InstalledPackage> packages) {
        return new Detection(packages, List.of(), null, List.of());
    }

    /** Packages with warnings. */
    public static Detection of(List<InstalledPackage> packages, List<String> warnings) {
        return new Detection(packages, List.of(), null, warnings);
    }
}
