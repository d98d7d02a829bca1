// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.stellaops.ecosystem.PackageNames;
import org.stellaops.feed.OsvEvent;
import org.stellaops.feed.OsvRange;
import org.stellaops.severity.Severity;
import org.stellaops.severity.SeverityLevel;

/**
 * One immutable snapshot, opened read-only. Opening maps the files and reads the header; every
 * lookup is a binary search over the mapped key table. Instances are thread-safe.
 */
public final class Snapshot {

    private static final SeverityLevel[] LEVELS = SeverityLevel.values();
    private static final OsvEvent.Kind[] KINDS = OsvEvent.Kind.values();

    private final SnapshotManifest manifest;
    private final ByteBuffer index;
    private final ByteBuffer records;
    private final int advisoryCount;
    private final int keyCount;
    private final int advisoryTable;
    private final int keyTable;

    private Snapshot(SnapshotManifest manifest, ByteBuffer index, ByteBuffer records)
            throws IOException {
        this.manifest = manifest;
        this.index = index;
        this.records = records;
        byte[] magic = new byte[IndexFormat.MAGIC.length];
        index.get(0, magic);
        if (!Arrays.equals(magic, IndexFormat.MAGIC) || index.getInt(8) != IndexFormat.VERSION) {
            throw new IOException("not a snapshot index of format " + IndexFormat.VERSION);
        }
        this.advisoryCount = index.getInt(12);
        this.keyCount = index.getInt(16);
        this.advisoryTable = index.getInt(20);
        this.keyTable = index.getInt(24);
    }

    /** Opens the snapshot stored in {@code dir}. */
    public static Snapshot open(Path dir) throws IOException {
        SnapshotManifest manifest = ManifestCodec.read(dir.resolve(SnapshotFiles.MANIFEST));
        return new Snapshot(manifest, map(dir.resolve(SnapshotFiles.INDEX)),
                map(dir.resolve(SnapshotFiles.RECORDS)));
    }

    private static ByteBuffer map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            return mapped;
        }
    }

    public SnapshotManifest manifest() {
        return manifest;
    }

    public String digest() {
        return manifest.digest();
    }

    public int advisoryCount() {
        return advisoryCount;
    }

    /** Every indexed affected[] entry for a package of an ecosystem family. */
    public List<IndexedAffected> lookup(String family, String name) {
        return lookup(family, name, ecosystem -> true);
    }

    /**
     * As {@link #lookup(String, String)}, keeping only entries whose ecosystem passes
     * {@code ecosystems}; the others are skipped without decoding their ranges and versions
     * (a distro key holds the entries of every release, and a package is of one).
     */
    public List<IndexedAffected> lookup(String family, String name,
            Predicate<String> ecosystems) {
        int[] positions = entryPositions(family, name, ecosystems);
        List<IndexedAffected> entries = new ArrayList<>(positions.length);
        for (int position : positions) {
            entries.add(entryAt(position));
        }
        return entries;
    }

    /**
     * Where the entries of a package key whose ecosystem passes {@code ecosystems} start in the
     * index, in stored order; {@link #entryAt} decodes one. A position names the same entry for
     * the life of the snapshot, so callers may keep what they derive from it by position.
     */
    public int[] entryPositions(String family, String name, Predicate<String> ecosystems) {
        byte[] key = PackageNames.indexKey(family, name).getBytes(StandardCharsets.UTF_8);
        int slot = findKey(key);
        if (slot < 0) {
            return new int[0];
        }
        MappedReader in = new MappedReader(index, index.getInt(keyTable + 8 * slot + 4));
        int count = in.readInt();
        int[] positions = new int[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int position = in.position();
            in.readInt();
            if (ecosystems.test(in.readString())) {
                positions[kept++] = position;
            }
            skipEntry(in);
        }
        return kept == count ? positions : Arrays.copyOf(positions, kept);
    }

    /** The entry stored at {@code position}, as {@link #entryPositions} gave it. */
    public IndexedAffected entryAt(int position) {
        MappedReader in = new MappedReader(index, position);
        int advisory = in.readInt();
        return readEntry(in, advisory, in.readString());
    }

    private int findKey(byte[] key) {
        int low = 0;
        int high = keyCount - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = compareKey(index.getInt(keyTable + 8 * mid), key);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Compares the stored key at {@code offset} with {@code key}, unsigned byte by byte. */
    private int compareKey(int offset, byte[] key) {
        int length = index.getInt(offset);
        int start = offset + 4;
        int shared = Math.min(length, key.length);
        for (int i = 0; i < shared; i++) {
            int cmp = Integer.compare(index.get(start + i) & 0xff, key[i] & 0xff);
            if (cmp != 0) {
                return cmp;
            }
        }
        return Integer.compare(length, key.length);
    }

    private static IndexedAffected readEntry(MappedReader in, int advisory, String ecosystem) {
        String name = in.readString();
        int rangeCount = in.readInt();
        List<OsvRange> ranges = new ArrayList<>(rangeCount);
        for (int r = 0; r < rangeCount; r++) {
            String type = in.readString();
            int eventCount = in.readInt();
            List<OsvEvent> events = new ArrayList<>(eventCount);
            for (int e = 0; e < eventCount; e++) {
                OsvEvent.Kind kind = KINDS[in.readByte()];
                events.add(new OsvEvent(kind, in.readString()));
            }
            ranges.add(new OsvRange(type, null, events));
        }
        return new IndexedAffected(advisory, ecosystem, name, ranges, in.readStrings());
    }

    /** Moves past an entry's name, ranges and versions; the same layout as readEntry. */
    private static void skipEntry(MappedReader in) {
        in.skipString();
        int rangeCount = in.readInt();
        for (int r = 0; r < rangeCount; r++) {
            in.skipString();
            int eventCount = in.readInt();
            for (int e = 0; e < eventCount; e++) {
                in.readByte();
                in.skipString();
            }
        }
        int versionCount = in.readInt();
        for (int v = 0; v < versionCount; v++) {
            in.skipString();
        }
    }

    /** The indexed metadata of the advisory with the given ordinal (id order). */
    public AdvisoryMeta advisory(int ordinal) {
        MappedReader in = new MappedReader(index, index.getInt(advisoryTable + 4 * ordinal));
        String id = in.readString();
        String group = in.readString();
        byte flags = in.readByte();
        SeverityLevel level = LEVELS[in.readByte()];
        double score = in.readDouble();
        Severity severity = new Severity(level, Double.isNaN(score) ? null : score,
                in.readString(), in.readString());
        List<String> cves = in.readStrings();
        List<String> aliases = in.readStrings();
        List<String> references = in.readStrings();
        return new AdvisoryMeta(ordinal, id, group,
                (flags & IndexFormat.FLAG_WITHDRAWN) != 0,
                (flags & IndexFormat.FLAG_NOT_REPORTED) == 0,
                (flags & IndexFormat.FLAG_DISTRO_ADVISORY) != 0,
                severity, cves, aliases, references, in.readString(), in.readString());
    }

    /**
     * The ordinal of the advisory with this id, or -1: a binary search, since the advisory
     * table is in id order.
     */
    public int ordinalOf(String id) {
        int low = 0;
        int high = advisoryCount - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            String found = new MappedReader(index, index.getInt(advisoryTable + 4 * middle))
                    .readString();
            int order = found.compareTo(id);
            if (order == 0) {
                return middle;
            } else if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /** The {@code published} time of the advisory with this id as written, or null. */
    public String publishedOf(String id) {
        int ordinal = ordinalOf(id);
        return ordinal < 0 ? null : RecordFields.topLevelString(recordJson(ordinal), "published");
    }

    /** The complete record, as RFC 8785 canonical JSON. */
    public String recordJson(int ordinal) {
        MappedReader in = new MappedReader(index, index.getInt(advisoryTable + 4 * ordinal));
        in.skipString();
        in.skipString();
        in.readByte();
        in.readByte();
        in.readDouble();
        in.skipString();
        in.skipString();
        in.readStrings();
        in.readStrings();
        in.readStrings();
        in.skipString();
        in.skipString();
        long offset = in.readLong();
        int length = in.readInt();
        byte[] json = new byte[length];
        records.get((int) offset, json);
        return new String(json, StandardCharsets.UTF_8);
    }
}
