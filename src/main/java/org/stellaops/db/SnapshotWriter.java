// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stellaops.ecosystem.Ecosystem;
import org.stellaops.ecosystem.PackageNames;
import org.stellaops.feed.AdvisoryKinds;
import org.stellaops.feed.FeedImport;
import org.stellaops.feed.OsvAffected;
import org.stellaops.feed.OsvEvent;
import org.stellaops.feed.OsvRange;
import org.stellaops.feed.OsvRecord;
import org.stellaops.feed.PreparedAdvisory;
import org.stellaops.severity.Severity;

/**
 * Writes {@code records.bin} and {@code index.bin} (see {@link IndexFormat}) for one import.
 * Output depends only on the advisories, so identical content gives identical bytes.
 * Withdrawn advisories and non-security errata are stored but get no index entries: they can
 * never be matched.
 */
final class SnapshotWriter {

    private final FeedImport feed;

    SnapshotWriter(FeedImport feed) {
        this.feed = feed;
    }

    void write(Path dir) throws IOException {
        List<PreparedAdvisory> advisories = feed.advisories();
        long[] recordOffsets = writeRecords(dir.resolve(SnapshotFiles.RECORDS), advisories);
        Map<byte[], List<Entry>> keys = collectKeys(advisories);
        writeIndex(dir.resolve(SnapshotFiles.INDEX), advisories, recordOffsets, keys);
    }

    private static long[] writeRecords(Path file, List<PreparedAdvisory> advisories)
            throws IOException {
        long[] offsets = new long[advisories.size()];
        long position = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 0; i < advisories.size(); i++) {
                byte[] json = advisories.get(i).record().canonicalJson();
                offsets[i] = position;
                out.write(json);
                position += json.length;
            }
        }
        return offsets;
    }

    /** An indexed affected[] entry: advisory ordinal plus the record's affected entry. */
    private record Entry(int advisory, OsvAffected affected) {
    }

    private static Map<byte[], List<Entry>> collectKeys(List<PreparedAdvisory> advisories) {
        Map<byte[], List<Entry>> keys = new TreeMap<>(Arrays::compareUnsigned);
        for (int i = 0; i < advisories.size(); i++) {
            OsvRecord record = advisories.get(i).record();
            if (record.isWithdrawn() || !record.isReportable()) {
                continue;
            }
            for (OsvAffected affected : record.affected()) {
                if (affected.ecosystem() == null || affected.name() == null) {
                    continue;
                }
                String family = Ecosystem.parse(affected.ecosystem()).family();
                byte[] key = PackageNames.indexKey(family, affected.name())
                        .getBytes(StandardCharsets.UTF_8);
                keys.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(i, affected));
            }
        }
        return keys;
    }

    private static void writeIndex(Path file, List<PreparedAdvisory> advisories,
            long[] recordOffsets, Map<byte[], List<Entry>> keys) throws IOException {
        int advisoryTable = IndexFormat.HEADER_BYTES;
        int keyTable = advisoryTable + 4 * advisories.size();
        int blobStart = keyTable + 8 * keys.size();
        ByteBuffer tables = ByteBuffer.allocate(blobStart);
        tables.put(IndexFormat.MAGIC).putInt(IndexFormat.VERSION)
                .putInt(advisories.size()).putInt(keys.size())
                .putInt(advisoryTable).putInt(keyTable);

        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            channel.position(blobStart);
            CountingOutput blob = new CountingOutput(blobStart, new DataOutputStream(
                    new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)));
            for (int i = 0; i < advisories.size(); i++) {
                tables.putInt(advisoryTable + 4 * i, blob.position());
                writeMetadata(blob, advisories.get(i), recordOffsets[i]);
            }
            int k = 0;
            for (Map.Entry<byte[], List<Entry>> key : keys.entrySet()) {
                tables.putInt(keyTable + 8 * k, blob.position());
                blob.bytes(key.getKey());
                tables.putInt(keyTable + 8 * k + 4, blob.position());
                writeEntries(blob, key.getValue());
                k++;
            }
            blob.flush();
            tables.clear();
            channel.position(0);
            while (tables.hasRemaining()) {
                channel.write(tables);
            }
            channel.force(true);
        }
    }

    private static void writeMetadata(CountingOutput out, PreparedAdvisory advisory,
            long recordOffset) throws IOException {
        OsvRecord record = advisory.record();
        out.string(record.id());
        out.string(advisory.group());
        int flags = (record.isWithdrawn() ? IndexFormat.FLAG_WITHDRAWN : 0)
                | (record.isReportable() ? 0 : IndexFormat.FLAG_NOT_REPORTED)
                | (AdvisoryKinds.isDistroAdvisory(record.id())
                        ? IndexFormat.FLAG_DISTRO_ADVISORY : 0);
        out.data.writeByte(flags);
        Severity severity = advisory.severity();
        out.data.writeByte(severity.level().ordinal());
        out.data.writeDouble(severity.score() == null ? Double.NaN : severity.score());
        out.string(severity.vector());
        out.string(severity.source());
        out.strings(advisory.cves());
        out.strings(record.aliases());
        out.strings(record.references());
        out.string(record.summary());
        out.string(record.modified());
        out.data.writeLong(recordOffset);
        out.data.writeInt(record.canonicalJson().length);
    }

    private static void writeEntries(CountingOutput out, List<Entry> entries) throws IOException {
        out.data.writeInt(entries.size());
        for (Entry entry : entries) {
            OsvAffected affected = entry.affected();
            out.data.writeInt(entry.advisory());
            out.string(affected.ecosystem());
            out.string(affected.name());
            out.data.writeInt(affected.ranges().size());
            for (OsvRange range : affected.ranges()) {
                out.string(range.type());
                out.data.writeInt(range.events().size());
                for (OsvEvent event : range.events()) {
                    out.data.writeByte(event.kind().ordinal());
                    out.string(event.version());
                }
            }
            out.strings(affected.versions());
        }
    }
}
