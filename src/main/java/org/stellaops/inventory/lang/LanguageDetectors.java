// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import java.util.List;
import org.stellaops.inventory.PackageDetector;

/** The detectors of installed language packages: metadata files, archives, binaries. */
public final class LanguageDetectors {

    private LanguageDetectors() {
    }

    /** Every installed-package detector, in a fixed order. */
    public static List<PackageDetector> all() {
        return List.of(
                new PythonMetadataDetector(),
                new NpmPackageJsonDetector(),
                new JavaArchiveDetector(),
                new DotnetDepsDetector(),
                new GemspecDetector(),
                new ComposerInstalledDetector(),
                new NativeBinaryDetector());
    }
}
