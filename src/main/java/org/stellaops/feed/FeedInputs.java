// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the paths a user names into documents: a zip (osv.dev's {@code all.zip}), a folder of
 * {@code .json} files (walked recursively, in name order) or a single {@code .json} file.
 */
final class FeedInputs {

    private final ZipFeedReader zipReader;
    private final long maxFileBytes;

    FeedInputs(ZipLimits limits) {
        this.zipReader = new ZipFeedReader(limits);
        this.maxFileBytes = limits.maxEntryBytes();
    }

    void read(Path input, ZipFeedReader.DocumentSink sink) throws FeedException, IOException {
        if (!Files.exists(input)) {
            throw new FeedException(input.toString(), "", "no such file or directory");
        }
        if (Files.isDirectory(input)) {
            for (Path file : jsonAndZipFiles(input)) {
                readFile(file, sink);
            }
            return;
        }
        readFile(input, sink);
    }

    private void readFile(Path file, ZipFeedReader.DocumentSink sink)
            throws FeedException, IOException {
        if (file.getFileName().toString().endsWith(".zip")) {
            zipReader.read(file, sink);
            return;
        }
        long size = Files.size(file);
        if (size > maxFileBytes) {
            throw new FeedException(file.toString(), "",
                    "file is larger than the limit of " + maxFileBytes + " bytes");
        }
        sink.accept(new FeedDocument(file.toString(), Files.readAllBytes(file)));
    }

    private static List<Path> jsonAndZipFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".json") || name.endsWith(".zip");
                    })
                    .sorted()
                    .collect(Collectors.toList());
        }
    }
}
