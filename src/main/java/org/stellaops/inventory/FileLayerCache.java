// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Layer results kept as JSON files in a folder, one per cache key, so that the command line
 * rescans an image whose lower layers it has seen before without reading them again. Writes go
 * to a temporary file first and are moved into place, so a reader never sees half an entry;
 * an entry that does not read back is a miss.
 */
public final class FileLayerCache implements LayerCache {

    private static final Logger LOG = LoggerFactory.getLogger(FileLayerCache.class);
    private static final Pattern KEY = Pattern.compile("sha256:[0-9a-f]{64}#analyzer-[0-9a-z.]+");

    private final Path dir;

    public FileLayerCache(Path dir) {
        this.dir = dir;
    }

    @Override
    public LayerInventory find(String cacheKey) {
        Path file = fileOf(cacheKey);
        if (file == null) {
            return null;
        }
        try {
            LayerInventory layer = LayerInventoryJson.read(
                    Files.readString(file, StandardCharsets.UTF_8));
            return layer.cacheKey().equals(cacheKey) ? layer : null;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.warn("layer cache entry unreadable, analysing again (file: {}, reason: {})",
                    file, e.getMessage());
            return null;
        }
    }

    @Override
    public void keep(LayerInventory layer) {
        Path file = fileOf(layer.cacheKey());
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".layer-", ".tmp");
            Files.writeString(temp, LayerInventoryJson.write(layer), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a cache that cannot be written costs time on the next scan, never a result
            LOG.warn("layer cache not written (folder: {}, reason: {})", dir, e.getMessage());
        }
    }

    /** The entry's file; null for keys that are not a diff id (a tree's pseudo-layer). */
    private Path fileOf(String cacheKey) {
        if (!KEY.matcher(cacheKey).matches()) {
            return null;
        }
        return dir.resolve(cacheKey.replace("sha256:", "sha256-").replace('#', '.') + ".json");
    }
}
