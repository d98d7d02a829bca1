// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.SbomFormat;
import org.stellaops.vex.VexDocument;
import org.stellaops.vex.VexLoader;

/**
 * The VEX a CycloneDX SBOM carries in its own {@code vulnerabilities[].analysis}: its author's
 * statements, merged with the scan's other VEX like any document.
 *
 * <p>Known shortcoming: the SBOM is read a second time, whole, to find them, so SBOMs above
 * {@link #MAX_BYTES} are not searched (their SBOM warnings say so). Reading the analyses in the
 * streaming SBOM reader's single pass would lift the limit.
 */
public final class EmbeddedVex {

    public static final long MAX_BYTES = 32L << 20;
    private static final String VULNERABILITIES = "vulnerabilities";

    private EmbeddedVex() {
    }

    /** The embedded statements as a document, or nothing for other formats or none found. */
    public static List<VexDocument> read(Path file, LoadedSbom loaded) throws IOException {
        SbomFormat format = loaded.format();
        if (format != SbomFormat.CYCLONEDX_JSON && format != SbomFormat.CYCLONEDX_XML) {
            return List.of();
        }
        if (Files.size(file) > MAX_BYTES) {
            return List.of();
        }
        byte[] bytes = Files.readAllBytes(file);
        // most SBOMs carry no vulnerabilities at all (and before 1.4 cannot): not worth a parse
        if (!contains(bytes, VULNERABILITIES)) {
            return List.of();
        }
        return VexLoader.embeddedIn(loaded.origin(), bytes)
                .filter(document -> !document.statements().isEmpty())
                .map(List::of).orElse(List.of());
    }

    /**
     * Whether the bytes hold {@code word} (ASCII). Through a Latin-1 string, whose
     * {@code indexOf} the JIT compiles to vector instructions: a byte-by-byte loop took a few
     * milliseconds of every server scan of a 2 MB SBOM.
     */
    static boolean contains(byte[] bytes, String word) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(word) >= 0;
    }
}
