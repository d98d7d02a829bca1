// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.PackageDetector;
import org.stellaops.inventory.PathFileContent;

/** Offers files of the shared corpus ({@code stella.corpus}, see its MANIFEST.md) to detectors. */
final class OsCorpus {

    private OsCorpus() {
    }

    static Path pkgdb(String relative) {
        return Path.of(System.getProperty("stella.corpus", "../shared/corpus"), "pkgdb", relative);
    }

    /** Runs the detector on a corpus file as if it were at {@code imagePath} in an image. */
    static Detection detect(PackageDetector detector, String corpusFile, String imagePath)
            throws IOException {
        return detectFile(detector, pkgdb(corpusFile), imagePath);
    }

    static Detection detectFile(PackageDetector detector, Path file, String imagePath)
            throws IOException {
        FileContent content = new PathFileContent(file, imagePath);
        if (!detector.wants(content.entry())) {
            throw new AssertionError(detector.id() + " does not want " + imagePath);
        }
        return detector.detect(content);
    }

    /** Runs the detector on text written to a temporary file at {@code imagePath}. */
    static Detection detectText(PackageDetector detector, Path dir, String text, String imagePath)
            throws IOException {
        Path file = Files.writeString(dir.resolve("input"), text);
        return detectFile(detector, file, imagePath);
    }
}
