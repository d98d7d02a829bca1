// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.stellaops.inventory.InventoryException;

/**
 * Finds the header blobs in an rpm {@code Packages} file (Berkeley DB hash database: RHEL and
 * CentOS up to 8, Amazon Linux 2, older SUSE). No Java library reads Berkeley DB files, so this
 * walks the layout directly: a metadata page, then hash pages whose key/value items point at
 * chains of overflow pages holding the blobs (the layout as go-rpmdb reads it). It reads every
 * hash page in page order, as go-rpmdb does, instead of following the buckets.
 *
 * <p>Known gap: values stored inline on a hash page (H_KEYDATA) are skipped, as go-rpmdb
 * skips them; rpm's headers are always larger than what fits inline, so none is lost in real
 * databases. Supporting them needs the item length, computed from the neighbouring index entry.
 */
final class BerkeleyDbReader {

    private static final int HASH_MAGIC = 0x061561;
    private static final int BTREE_MAGIC = 0x053162;
    private static final int PAGE_HEADER = 26;
    private static final int TYPE_HASH_UNSORTED = 2; // RHEL/CentOS 5
    private static final int TYPE_OVERFLOW = 7;
    private static final int TYPE_HASH_META = 8;
    private static final int TYPE_HASH = 13;
    private static final int ITEM_OFFPAGE = 3;
    private static final int OFFPAGE_SIZE = 12;

    private final PagedFile file;
    private final String path;
    private final RpmPackages sink;
    private ByteOrder order;
    private int pageSize;
    private long lastPage;
    /** Overflow bytes read so far; in a sound file each overflow page serves one value. */
    private long overflowRead;

    private BerkeleyDbReader(PagedFile file, String path, RpmPackages sink) {
        this.file = file;
        this.path = path;
        this.sink = sink;
    }

    static void read(Path spooled, String path, RpmPackages sink) throws IOException {
        try (PagedFile file = new PagedFile(spooled, path)) {
            BerkeleyDbReader reader = new BerkeleyDbReader(file, path, sink);
            reader.readMetadata();
            reader.readHashPages();
        }
    }

    private void readMetadata() throws IOException {
        if (file.size() < 512) {
            throw new InventoryException(path, "file of " + file.size()
                    + " bytes is too short for a Berkeley DB metadata page");
        }
        ByteBuffer meta = file.read(0, 512, ByteOrder.LITTLE_ENDIAN);
        order = ByteOrder.LITTLE_ENDIAN;
        int magic = meta.getInt(12);
        if (Integer.reverseBytes(magic) == HASH_MAGIC || Integer.reverseBytes(magic) == BTREE_MAGIC) {
            order = ByteOrder.BIG_ENDIAN; // written on a big-endian machine
            meta.order(order);
            magic = meta.getInt(12);
        }
        if (magic == BTREE_MAGIC) {
            throw new InventoryException(path, "Berkeley DB btree database; rpm Packages "
                    + "databases are hash databases");
        }
        if (magic != HASH_MAGIC) {
            throw new InventoryException(path, "not a Berkeley DB hash database (magic 0x"
                    + Integer.toHexString(magic) + ")");
        }
        pageSize = meta.getInt(20);
        if (pageSize < 512 || pageSize > 65536 || Integer.bitCount(pageSize) != 1) {
            throw new InventoryException(path, "invalid page size " + pageSize);
        }
        if (meta.get(24) != 0) {
            throw new InventoryException(path, "encrypted Berkeley DB databases are not read");
        }
        if (meta.get(25) != TYPE_HASH_META) {
            throw new InventoryException(path, "first page is of type " + meta.get(25)
                    + ", not hash metadata");
        }
        lastPage = Integer.toUnsignedLong(meta.getInt(32));
        long pagesInFile = file.size() / pageSize;
        if (lastPage >= pagesInFile) {
            sink.warn("metadata names " + (lastPage + 1) + " pages but the file holds "
                    + pagesInFile + "; reading those (truncated file?)");
            lastPage = pagesInFile - 1;
        }
    }

    private void readHashPages() throws IOException {
        for (long page = 1; page <= lastPage; page++) {
            ByteBuffer data = file.read(page * pageSize, pageSize, order);
            int type = data.get(25);
            if (type == TYPE_HASH || type == TYPE_HASH_UNSORTED) {
                readHashPage(page, data);
            }
        }
    }

    private void readHashPage(long page, ByteBuffer data) throws IOException {
        int entries = Short.toUnsignedInt(data.getShort(20));
        if (entries % 2 != 0 || PAGE_HEADER + 2L * entries > pageSize) {
            sink.warn("hash page " + page + " has an invalid entry count " + entries
                    + "; page skipped");
            return;
        }
        // items come in key/value pairs; the values are the blobs (keys are the hnum)
        for (int i = 1; i < entries; i += 2) {
            int item = Short.toUnsignedInt(data.getShort(PAGE_HEADER + 2 * i));
            if (item < PAGE_HEADER || item >= pageSize || data.get(item) != ITEM_OFFPAGE) {
                continue; // inline values are skipped: see the class doc
            }
            if (item + OFFPAGE_SIZE > pageSize) {
                sink.warn("hash page " + page + " item " + i + " at offset " + item
                        + " runs past the page; skipped");
                continue;
            }
            long firstPage = Integer.toUnsignedLong(data.getInt(item + 4));
            long length = Integer.toUnsignedLong(data.getInt(item + 8));
            String record = "page " + page + " item " + i;
            byte[] blob = readOverflowChain(firstPage, length, record);
            if (blob != null) {
                sink.add(blob, record);
            }
        }
    }

    /** The {@code length} bytes held by the overflow pages from {@code first}, or null. */
    private byte[] readOverflowChain(long first, long length, String record) throws IOException {
        if (length > RpmDatabaseDetector.MAX_HEADER_BYTES || length > file.size()) {
            sink.warn(record + ": value of " + length + " bytes is larger than "
                    + (length > file.size() ? "the file (truncated?)" : "the header limit")
                    + "; skipped");
            return null;
        }
        ByteArrayOutputStream value = new ByteArrayOutputStream((int) length);
        long page = first;
        // a chain can visit each page once at most: a longer one loops
        for (long visited = 0; page != 0; visited++) {
            if (page > lastPage || visited > lastPage) {
                sink.warn(record + ": overflow chain leads to page " + page
                        + (visited > lastPage ? " again (loop)" : " past the end") + "; skipped");
                return null;
            }
            ByteBuffer data = file.read(page * pageSize, pageSize, order);
            if (data.get(25) != TYPE_OVERFLOW) {
                sink.warn(record + ": page " + page + " is not an overflow page; skipped");
                return null;
            }
            int used = Short.toUnsignedInt(data.getShort(22)); // bytes of the value on this page
            if (used > pageSize - PAGE_HEADER || value.size() + used > length) {
                sink.warn(record + ": overflow page " + page + " holds " + used
                        + " bytes, more than the value has left; skipped");
                return null;
            }
            overflowRead += used;
            if (overflowRead > file.size()) {
                throw new InventoryException(path, "values share overflow pages: more overflow "
                        + "bytes than the file holds (corrupt or hostile database)");
            }
            value.write(data.array(), PAGE_HEADER, used);
            page = Integer.toUnsignedLong(data.getInt(16));
        }
        if (value.size() != length) {
            sink.warn(record + ": overflow chain holds " + value.size() + " of " + length
                    + " bytes; skipped");
            return null;
        }
        return value.toByteArray();
    }
}
