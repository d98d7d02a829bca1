// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.stellaops.inventory.InventoryException;

/**
 * Finds the header blobs in an rpm NDB {@code Packages.db} (SUSE since 15 SP3). No Java library
 * reads NDB, so this follows rpm's layout (lib/backend/ndb/rpmpkg.c, as go-rpmdb reads it): a
 * 32-byte header naming the number of 4 KiB slot pages, slots of 16 bytes pointing at blobs in
 * 16-byte blocks, each blob a 16-byte blob header and the rpm header. All little-endian.
 *
 * <p>Known gap: the blob's Adler-32 checksum is not verified (go-rpmdb does not either); the
 * rpm header parser's bounds checks catch a damaged blob instead.
 */
final class NdbReader {

    private static final int HEADER_MAGIC = 'R' | 'p' << 8 | 'm' << 16 | 'P' << 24;
    private static final int SLOT_MAGIC = 'S' | 'l' << 8 | 'o' << 16 | 't' << 24;
    private static final int BLOB_MAGIC = 'B' | 'l' << 8 | 'b' << 16 | 'S' << 24;
    private static final int SLOT_PAGE = 4096;
    private static final int SLOT_SIZE = 16;
    private static final int BLOCK = 16;
    /** rpm's own sanity limit on slot pages. */
    private static final int MAX_SLOT_PAGES = 2048;

    private NdbReader() {
    }

    static void read(Path spooled, String path, RpmPackages sink) throws IOException {
        try (PagedFile file = new PagedFile(spooled, path)) {
            if (file.size() < 32) {
                throw new InventoryException(path, "file of " + file.size()
                        + " bytes is too short for an NDB header");
            }
            ByteBuffer header = file.read(0, 32, ByteOrder.LITTLE_ENDIAN);
            int slotPages = header.getInt(12);
            if (header.getInt(0) != HEADER_MAGIC || header.getInt(4) != 0) {
                throw new InventoryException(path, "not an rpm NDB database (bad magic or version)");
            }
            if (slotPages < 1 || slotPages > MAX_SLOT_PAGES) {
                throw new InventoryException(path, "slot page count " + slotPages + " out of range");
            }
            // the file header takes the place of the first two slots
            ByteBuffer slots = file.read(0, slotPages * SLOT_PAGE, ByteOrder.LITTLE_ENDIAN);
            // blobs never overlap in a sound file: slots that share one must not cost more
            long budget = file.size();
            for (int at = 2 * SLOT_SIZE; at < slots.limit(); at += SLOT_SIZE) {
                budget -= readSlot(file, path, sink, slots, at);
                if (budget < 0) {
                    throw new InventoryException(path, "slots point at overlapping blobs: more "
                            + "blob bytes than the file holds (corrupt or hostile database)");
                }
            }
        }
    }

    /** Reads the blob of one slot, if any; returns the number of blob bytes read. */
    private static long readSlot(PagedFile file, String path, RpmPackages sink, ByteBuffer slots,
            int at) throws IOException {
        int slot = at / SLOT_SIZE;
        if (slots.getInt(at) != SLOT_MAGIC) {
            throw new InventoryException(path, "slot " + slot + " has a bad magic");
        }
        int pkgIndex = slots.getInt(at + 4);
        if (pkgIndex == 0) {
            return 0; // free slot
        }
        String record = "package " + Integer.toUnsignedString(pkgIndex);
        long blockOffset = Integer.toUnsignedLong(slots.getInt(at + 8)) * BLOCK;
        long blockBytes = Integer.toUnsignedLong(slots.getInt(at + 12)) * BLOCK;
        if (blockOffset + BLOCK > file.size() || blockOffset + blockBytes > file.size()) {
            sink.warn(record + ": blob at offset " + blockOffset + " is past the end; skipped");
            return 0;
        }
        ByteBuffer blobHeader = file.read(blockOffset, BLOCK, ByteOrder.LITTLE_ENDIAN);
        long length = Integer.toUnsignedLong(blobHeader.getInt(12));
        if (blobHeader.getInt(0) != BLOB_MAGIC || blobHeader.getInt(4) != pkgIndex) {
            sink.warn(record + ": no blob of this package at offset " + blockOffset + "; skipped");
            return 0;
        }
        if (length > RpmDatabaseDetector.MAX_HEADER_BYTES || BLOCK + length > blockBytes) {
            sink.warn(record + ": blob of " + length + " bytes does not fit its "
                    + blockBytes + " bytes of blocks; skipped");
            return 0;
        }
        ByteBuffer blob = file.read(blockOffset + BLOCK, (int) length, ByteOrder.BIG_ENDIAN);
        sink.add(blob.array(), record);
        return length;
    }
}
