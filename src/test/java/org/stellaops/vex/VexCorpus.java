// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.stellaops.sbom.SbomPaths;

/** The real VEX documents of the shared corpus, found the way the SBOM tests find theirs. */
final class VexCorpus {

    static final Path ROOT = SbomPaths.corpus().resolve("vex");

    private VexCorpus() {
    }

    static Path file(String relative) {
        return ROOT.resolve(relative);
    }

    static VexDocument load(String relative) throws Exception {
        Path file = file(relative);
        return VexLoader.read(file.toString(), Files.readAllBytes(file));
    }

    static List<Path> all() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
