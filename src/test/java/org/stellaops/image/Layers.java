// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Test helpers that read a source's layers through the public API. */
final class Layers {

    private Layers() {
    }

    /** Every layer's uncompressed tar, read to the end (so verified), bottom first. */
    static List<byte[]> readAll(ImageSource source) throws IOException {
        List<byte[]> tars = new ArrayList<>();
        for (LayerBlob layer : source.layers()) {
            try (LayerStream stream = source.openLayer(layer)) {
                tars.add(stream.tar().readAllBytes());
            }
        }
        return tars;
    }

    /** Regular files of a tar by name, with their content. */
    static Map<String, byte[]> files(byte[] tar) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(
                new java.io.ByteArrayInputStream(tar))) {
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isFile()) {
                    files.put(entry.getName().replaceFirst("^\\./", ""), in.readAllBytes());
                }
            }
        }
        return files;
    }

    static String sha256(byte[] bytes) {
        return Digests.of(bytes);
    }

    static byte[] drain(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
