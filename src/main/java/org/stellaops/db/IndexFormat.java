// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

/**
 * Layout of a snapshot's {@code index.bin}. All integers are big-endian; a string is an int
 * byte length (-1 for null) followed by UTF-8 bytes.
 *
 * <pre>
 * header      magic "STELLAIX", int format, int advisoryCount, int keyCount,
 *             int advisoryTableOffset, int keyTableOffset
 * advisories  advisoryCount x int: offset of the advisory's metadata
 * keys        keyCount x (int keyOffset, int entriesOffset), sorted by key bytes (unsigned)
 * metadata    per advisory: id, group, flags byte, severity (byte level, double score or NaN,
 *             vector, source), cves, aliases and reference urls (each int n, n
 *             strings), summary, modified, long recordOffset, int recordLength
 * key blob    per key: string key; then int entryCount and the entries:
 *             int advisory, ecosystem, package name, int rangeCount,
 *             per range: type, int eventCount, per event: byte kind, version;
 *             int versionCount, versions
 * </pre>
 *
 * <p>Why a format of our own: lookups are a binary search over a memory-mapped file, so opening
 * a snapshot reads a few header bytes whatever its size, lookups touch only the pages of the
 * keys they need, and the heap holds nothing but what a scan asks for. An embedded database
 * (SQLite, H2, MapDB) would give the same lookups at the cost of a native library or a page
 * cache of its own, and would not give byte-identical files for identical content, which
 * replays rely on.
 */
final class IndexFormat {

    static final byte[] MAGIC = {'S', 'T', 'E', 'L', 'L', 'A', 'I', 'X'};
    static final int VERSION = 1;
    static final int HEADER_BYTES = 8 + 5 * 4;

    static final byte FLAG_WITHDRAWN = 1;
    static final byte FLAG_NOT_REPORTED = 2;
    static final byte FLAG_DISTRO_ADVISORY = 4;

    private IndexFormat() {
    }
}
