// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a purl list written by {@link CorpusPurls}, spread over the copies of a scaled feed. */
final class PurlLists {

    private PurlLists() {
    }

    /**
     * The purls of {@code file}, the i-th one renamed into copy {@code i % copies}: against a
     * feed of N {@link Replicas copies}, the list then touches every part of the index evenly
     * instead of only the original's keys.
     */
    static List<String> read(Path file, int copies) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> purls = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                purls.add(Replicas.purlInCopy(lines.get(i).strip(), i % copies));
            }
        }
        if (purls.isEmpty()) {
            throw new IOException(file + ": no purls");
        }
        return purls;
    }
}
