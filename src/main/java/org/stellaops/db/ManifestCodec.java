// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes {@code manifest.json} with sorted keys, so its bytes follow its content. */
final class ManifestCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestCodec() {
    }

    static SnapshotManifest read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), SnapshotManifest.class);
    }

    static void write(SnapshotManifest manifest, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), manifest);
    }
}
