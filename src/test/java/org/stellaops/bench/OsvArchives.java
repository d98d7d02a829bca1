// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds and reads the OSV zip archives a benchmark tool is pointed at, with java.util.zip
 * directly: the import stage's reader is internal to the feed package and hands out parsed,
 * validated records, while these tools need the raw entries. Inputs are trusted corpus files,
 * so only a per-entry size cap applies. Archives and their {@code .json} entries are visited
 * in name order, which makes every tool built on this deterministic.
 */
final class OsvArchives {

    /** Larger than any real OSV record by two orders of magnitude. */
    private static final long MAX_ENTRY_BYTES = 32L << 20;

    private OsvArchives() {
    }

    /** One {@code .json} entry of an archive. */
    interface EntrySink {
        void accept(String name, byte[] content) throws IOException;
    }

    /** The zip files named directly, or found under named folders, sorted by path. */
    static List<Path> findArchives(List<Path> inputs) throws IOException {
        List<Path> archives = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(p -> p.getFileName().toString().endsWith(".zip"))
                            .filter(Files::isRegularFile)
                            .forEach(archives::add);
                }
            } else if (Files.isRegularFile(input)) {
                archives.add(input);
            } else {
                throw new IOException(input + ": no such file or directory");
            }
        }
        archives.sort(Comparator.naturalOrder());
        if (archives.isEmpty()) {
            throw new IOException(inputs + ": no zip archives found");
        }
        return archives;
    }

    /** Hands every {@code .json} entry of {@code zip} to {@code sink}, in entry-name order. */
    static void readEntries(Path zip, EntrySink sink) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<ZipEntry> entries = new ArrayList<>(file.size());
            file.stream().filter(e -> !e.isDirectory() && e.getName().endsWith(".json"))
                    .forEach(entries::add);
            entries.sort(Comparator.comparing(ZipEntry::getName));
            for (ZipEntry entry : entries) {
                try (InputStream in = file.getInputStream(entry)) {
                    byte[] content = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
                    if (content.length > MAX_ENTRY_BYTES) {
                        throw new IOException(zip + "!" + entry.getName() + ": entry is larger "
                                + "than " + MAX_ENTRY_BYTES + " bytes");
                    }
                    sink.accept(entry.getName(), content);
                }
            }
        }
    }
}
