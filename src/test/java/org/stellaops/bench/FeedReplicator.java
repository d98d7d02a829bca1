// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a synthetic feed N times the size of the given OSV archives, for the scaling
 * benchmarks: for every input archive one zip in the output folder, holding the original
 * entries and N-1 {@link Replicas copies} of each record (pretty-printed like most of the
 * originals, so parsing costs the same per byte). The folder is written aside and renamed into
 * place, so an interrupted run leaves nothing that looks complete; an existing folder is left
 * as it is. Entry order and timestamps are fixed, so the same inputs give the same zips.
 *
 * <p>Usage: {@code FeedReplicator --copies N --out DIR INPUT...} (inputs as for
 * {@link CorpusPurls}). The output folder is then a valid input of {@code stella db import}.
 */
public final class FeedReplicator {

    /** 1980-01-01, the earliest time a zip can hold, as the corpus zips use. */
    private static final long ENTRY_TIME = 315_532_800_000L;

    private FeedReplicator() {
    }

    public static void main(String[] args) throws IOException {
        int copies = 0;
        Path out = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (copies < 1 || out == null || inputs.isEmpty()) {
            throw new IllegalArgumentException(
                    "usage: FeedReplicator --copies N --out DIR INPUT...");
        }
        if (Files.isDirectory(out)) {
            System.err.println(out + " exists; left as it is");
            return;
        }
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        WorkFiles.deleteTree(partial);
        Files.createDirectories(partial);
        long records = 0;
        for (Path archive : OsvArchives.findArchives(inputs)) {
            records += replicate(archive, copies, partial.resolve(nameOf(archive)));
        }
        Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("wrote " + records + " records (" + copies + " copies) to " + out);
    }

    /** {@code osv/PyPI/all.zip} becomes {@code osv-PyPI.zip}. */
    private static String nameOf(Path archive) {
        Path folder = archive.toAbsolutePath().getParent();
        return folder.getParent().getFileName() + "-" + folder.getFileName() + ".zip";
    }

    private static long replicate(Path archive, int copies, Path target) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectWriter pretty = json.writerWithDefaultPrettyPrinter();
        long[] written = {0};
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            // The fastest level: these zips are read a few times, and the import benchmark
            // measures inflating, not how hard the writer worked.
            zip.setLevel(Deflater.BEST_SPEED);
            OsvArchives.readEntries(archive, (name, content) -> {
                for (int copy = 0; copy < copies; copy++) {
                    byte[] bytes = content;
                    String entry = name;
                    if (copy > 0) {
                        ObjectNode record = Replicas.rewrite((ObjectNode) json.readTree(content),
                                copy);
                        bytes = pretty.writeValueAsBytes(record);
                        entry = record.path("id").asText() + ".json";
                    }
                    ZipEntry zipEntry = new ZipEntry(entry);
                    zipEntry.setTime(ENTRY_TIME);
                    zip.putNextEntry(zipEntry);
                    zip.write(bytes);
                    zip.closeEntry();
                    written[0]++;
                }
            });
        }
        return written[0];
    }
}
