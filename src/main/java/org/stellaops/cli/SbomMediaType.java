// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The media type an SBOM file is sent to the server as, from its first byte that is not
 * blank: {@code {} JSON (CycloneDX, SPDX or Trivy; the server tells them apart), {@code <}
 * CycloneDX XML, anything else SPDX tag-value. The server reads the document itself; this only
 * picks its reader.
 */
final class SbomMediaType {

    // a document that is blank this far is not one the server will read either
    private static final int MAX_BLANK_BYTES = 1 << 16;

    private SbomMediaType() {
    }

    static String of(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return sniff(in);
        }
    }

    static String sniff(InputStream in) throws IOException {
        int first = firstNonBlank(in.markSupported() ? in : new BufferedInputStream(in));
        if (first == '{') {
            return MediaTypes.JSON;
        }
        return first == '<' ? MediaTypes.CYCLONEDX_XML : MediaTypes.SPDX_TAG_VALUE;
    }

    private static int firstNonBlank(InputStream in) throws IOException {
        in.mark(3);
        // a UTF-8 byte order mark is not content
        if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
            in.reset();
        }
        for (int i = 0; i < MAX_BLANK_BYTES; i++) {
            int b = in.read();
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b;
            }
        }
        return -1;
    }
}
