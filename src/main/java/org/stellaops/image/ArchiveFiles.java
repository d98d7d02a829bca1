// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** Named files inside an image archive (a tar or a directory), read in place. */
interface ArchiveFiles extends Closeable {

    boolean exists(String path);

    /** Opens a member; fails naming the archive and path when it is missing or unsafe. */
    InputStream open(String path) throws IOException;

    /** Reads a small member (a JSON document) whole, refusing more than {@code max} bytes. */
    default byte[] read(String path, int max) throws IOException {
        try (InputStream in = open(path)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new ImageException(describe() + ": " + path + " is larger than " + max
                        + " bytes");
            }
            return bytes;
        }
    }

    String describe();

    /**
     * Checks a relative member name: no absolute path, no {@code ..}, no empty segment, so
     * nothing a manifest names can point outside the archive.
     */
    static String safeName(String name, String where) throws ImageException {
        String cleaned = name == null ? "" : name.startsWith("./") ? name.substring(2) : name;
        boolean bad = cleaned.isEmpty() || cleaned.startsWith("/") || cleaned.contains("\\")
                || cleaned.contains("\0");
        for (String segment : cleaned.split("/", -1)) {
            bad |= segment.isEmpty() || segment.equals("..") || segment.equals(".");
        }
        if (bad) {
            throw new ImageException(where + " names an unsafe path '" + name
                    + "': it must stay inside the archive");
        }
        return cleaned;
    }
}
