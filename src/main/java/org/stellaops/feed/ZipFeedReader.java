// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the {@code .json} entries of a zip archive such as osv.dev's {@code all.zip}, treating
 * the archive as hostile: names that escape the archive's folder, oversized entries and
 * compression bombs are refused with the entry named.
 */
final class ZipFeedReader {

    private final ZipLimits limits;
    /** Reused for every entry: one reader serves one import thread. */
    private final byte[] buffer = new byte[64 * 1024];

    ZipFeedReader(ZipLimits limits) {
        this.limits = limits;
    }

    void read(Path zip, DocumentSink sink) throws FeedException, IOException {
        String origin = zip.toString();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = sortedEntries(file, origin);
            long total = 0;
            for (ZipEntry entry : entries) {
                checkName(origin, entry.getName());
                if (entry.isDirectory() || !entry.getName().endsWith(".json")) {
                    continue;
                }
                byte[] content = inflate(file, entry, origin, limits.maxTotalBytes() - total);
                total += content.length;
                sink.accept(new FeedDocument(origin + "!" + entry.getName(), content));
            }
        } catch (ZipException e) {
            throw new FeedException(origin, "", "not a readable zip archive: " + e.getMessage(), e);
        }
    }

    private List<? extends ZipEntry> sortedEntries(ZipFile file, String origin)
            throws FeedException {
        if (file.size() > limits.maxEntries()) {
            throw new FeedException(origin, "", "archive holds " + file.size()
                    + " entries, more than the limit of " + limits.maxEntries());
        }
        List<ZipEntry> entries = new ArrayList<>(file.size());
        file.stream().forEach(entries::add);
        entries.sort(Comparator.comparing(ZipEntry::getName));
        return entries;
    }

    /** Refuses absolute names, drive letters and any {@code ..} segment. */
    static void checkName(String origin, String name) throws FeedException {
        String unified = name.replace('\\', '/');
        boolean escapes = unified.startsWith("/")
                || (unified.length() > 1 && unified.charAt(1) == ':');
        for (String segment : unified.split("/")) {
            escapes |= segment.equals("..");
        }
        if (escapes) {
            throw new FeedException(origin, "entry " + name,
                    "entry name escapes the archive folder");
        }
    }

    private byte[] inflate(ZipFile file, ZipEntry entry, String origin, long totalLeft)
            throws FeedException, IOException {
        String position = "entry " + entry.getName();
        long cap = Math.min(limits.maxEntryBytes(), totalLeft);
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                (int) Math.max(0, Math.min(entry.getSize(), cap)));
        try (InputStream in = file.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > cap) {
                    throw tooLarge(origin, position, cap == totalLeft);
                }
                checkRatio(entry, out.size(), origin, position);
            }
        }
        return out.toByteArray();
    }

    private void checkRatio(ZipEntry entry, long inflated, String origin, String position)
            throws FeedException {
        long compressed = Math.max(1, entry.getCompressedSize());
        if (inflated > limits.ratioFloorBytes() && inflated / compressed > limits.maxRatio()) {
            throw new FeedException(origin, position, "entry expands more than "
                    + limits.maxRatio() + " times its compressed size (a zip bomb?)");
        }
    }

    private FeedException tooLarge(String origin, String position, boolean totalReached) {
        String reason = totalReached
                ? "archive expands past the limit of " + limits.maxTotalBytes() + " bytes"
                : "entry is larger than the limit of " + limits.maxEntryBytes() + " bytes";
        return new FeedException(origin, position, reason);
    }

    /** Receives documents in archive-name order. */
    interface DocumentSink {
        void accept(FeedDocument document) throws FeedException, IOException;
    }
}
