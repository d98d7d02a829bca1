// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells a tar file from other files by its first header's {@code ustar} magic. */
final class TarFiles {

    private static final int MAGIC_OFFSET = 257;

    private TarFiles() {
    }

    /** Whether the file starts with a POSIX or GNU tar header; false when unreadable. */
    static boolean isTar(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(MAGIC_OFFSET + 5);
            return header.length == MAGIC_OFFSET + 5 && new String(header, MAGIC_OFFSET, 5,
                    StandardCharsets.US_ASCII).equals("ustar");
        } catch (IOException e) {
            return false;
        }
    }
}
