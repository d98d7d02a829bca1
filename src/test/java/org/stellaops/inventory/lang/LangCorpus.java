// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import java.io.IOException;
import java.nio.file.Path;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.PackageDetector;
import org.stellaops.inventory.PathFileContent;

/** The package databases of the shared corpus (provenance in its MANIFEST.md). */
final class LangCorpus {

    private LangCorpus() {
    }

    static Path pkgdb(String relative) {
        return Path.of(System.getProperty("stella.corpus", "../shared/corpus"), "pkgdb",
                relative);
    }

    /** Offers a corpus file to the detector as if it lay at {@code path} of an image. */
    static Detection detect(PackageDetector detector, String corpusFile, String path)
            throws IOException {
        return detector.detect(new PathFileContent(pkgdb(corpusFile), path));
    }
}
