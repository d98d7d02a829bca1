// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Feed inputs for tests: records copied out of the shared corpus, small records written from
 * text blocks, and zips built on the spot. Public so that the database tests can use it too.
 */
public final class FeedFixtures {

    /** Limits that keep every feed test small while leaving ordinary records alone. */
    public static final ZipLimits SMALL = new ZipLimits(64 * 1024, 256 * 1024, 20, 4 * 1024, 50);

    private FeedFixtures() {
    }

    /** The shared corpus; surefire sets {@code stella.corpus}, a missing corpus fails loudly. */
    public static Path corpus() {
        Path root = Path.of(System.getProperty("stella.corpus", "../shared/corpus"));
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("shared corpus not found at " + root.toAbsolutePath());
        }
        return root;
    }

    /** A corpus feed archive, e.g. {@code corpusZip("osv/PyPI")}. */
    public static Path corpusZip(String folder) {
        return corpus().resolve(folder).resolve("all.zip");
    }

    /** The bytes of one record of a corpus archive, exactly as stored there. */
    public static byte[] corpusRecord(String folder, String id) throws IOException {
        try (ZipFile zip = new ZipFile(corpusZip(folder).toFile())) {
            ZipEntry entry = zip.getEntry(id + ".json");
            if (entry == null) {
                throw new IllegalArgumentException(id + " is not in " + corpusZip(folder));
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }

    /** Copies corpus records into {@code dir} as {@code <id>.json}; returns {@code dir}. */
    public static Path copyCorpusRecords(Path dir, String folder, String... ids)
            throws IOException {
        Files.createDirectories(dir);
        for (String id : ids) {
            Files.write(dir.resolve(id + ".json"), corpusRecord(folder, id));
        }
        return dir;
    }

    /** Writes one JSON document (creating parent folders) and returns its path. */
    public static Path writeJson(Path file, String json) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    /** Builds a deflated zip with the given entries, in map order. */
    public static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A minimal valid record: one PyPI package affected from 0 to {@code fixed}. */
    public static String minimalRecord(String id, String modified, String pypiPackage,
            String fixed) {
        return """
                {
                  "id": "%s",
                  "modified": "%s",
                  "affected": [{
                    "package": {"ecosystem": "PyPI", "name": "%s"},
                    "ranges": [{"type": "ECOSYSTEM",
                                "events": [{"introduced": "0"}, {"fixed": "%s"}]}]
                  }]
                }
                """.formatted(id, modified, pypiPackage, fixed);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads inputs strictly with the default limits. */
    public static FeedImport readStrict(Path... inputs) throws FeedException, IOException {
        return new FeedImporter(ImportOptions.STRICT).read(List.of(inputs));
    }
}
