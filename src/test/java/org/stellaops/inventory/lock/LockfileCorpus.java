// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PackageDetector;
import org.stellaops.inventory.PathFileContent;

/**
 * Offers lockfiles of the shared corpus ({@code pkgdb/<kind>/<origin>/<file>}, provenance in
 * the corpus MANIFEST.md) or test-written text to a detector, under a path of our choosing.
 */
final class LockfileCorpus {

    private LockfileCorpus() {
    }

    static Path pkgdb(String relative) {
        return Path.of(System.getProperty("stella.corpus", "../shared/corpus"), "pkgdb", relative);
    }

    static Detection detect(PackageDetector detector, String corpusFile, String asPath)
            throws IOException {
        return detector.detect(new PathFileContent(pkgdb(corpusFile), asPath));
    }

    static Detection detectText(PackageDetector detector, Path folder, String text,
            String asPath) throws IOException {
        Path file = folder.resolve(asPath.substring(asPath.lastIndexOf('/') + 1));
        Files.writeString(file, text);
        return detector.detect(new PathFileContent(file, asPath));
    }

    /** {@code name@version}, with the namespace as {@code namespace/name}, in output order. */
    static List<String> coordinates(Detection detection) {
        return detection.packages().stream().map(LockfileCorpus::coordinate).toList();
    }

    static List<String> devCoordinates(Detection detection) {
        return detection.packages().stream().filter(InstalledPackage::dev)
                .map(LockfileCorpus::coordinate).toList();
    }

    static String coordinate(InstalledPackage found) {
        String name = found.namespace() == null ? found.name()
                : found.namespace() + "/" + found.name();
        return name + "@" + found.version();
    }
}
