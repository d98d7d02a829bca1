// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** Every CVSS vector in the OSV corpus must score; a failure names record and vector. */
class CvssCorpusTest {

    private static final Set<String> CVSS_TYPES = Set.of("CVSS_V2", "CVSS_V3", "CVSS_V4");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOsvSeverityVectorScores() throws IOException {
        Map<String, String> vectors = new TreeMap<>(); // vector -> first record that has it
        for (Path zip : corpusZips()) {
            collectVectors(zip, vectors);
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> entry : vectors.entrySet()) {
            try {
                CvssCalculator.score(entry.getKey());
            } catch (InvalidCvssException e) {
                failures.add(entry.getValue() + ": " + e.getMessage());
            }
        }

        // Counts of the corpus as laid down: thousands of severities, some hundreds distinct.
        assertThat(vectors).hasSizeGreaterThan(400);
        assertThat(vectors.keySet()).anyMatch(v -> v.startsWith("CVSS:4.0/"));
        assertThat(failures).isEmpty();
    }

    private static List<Path> corpusZips() throws IOException {
        Path corpus = Path.of(System.getProperty("stella.corpus", "../shared/corpus"));
        List<Path> zips = new ArrayList<>();
        for (String feed : List.of("osv", "osv-ghsa")) {
            try (Stream<Path> ecosystems = Files.list(corpus.resolve(feed))) {
                ecosystems.map(dir -> dir.resolve("all.zip")).filter(Files::isRegularFile)
                        .sorted().forEach(zips::add);
            }
        }
        assertThat(zips).as("OSV zips under " + corpus).isNotEmpty();
        return zips;
    }

    private static void collectVectors(Path zip, Map<String, String> vectors) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                if (!entry.getName().endsWith(".json")) {
                    continue;
                }
                JsonNode record = JSON.readTree(file.getInputStream(entry));
                String where = zip.getParent().getFileName() + "/" + entry.getName();
                addSeverities(record.path("severity"), where, vectors);
                // OSV also allows severity per affected package (Bitnami, AlmaLinux use it).
                for (JsonNode affected : record.path("affected")) {
                    addSeverities(affected.path("severity"), where, vectors);
                }
            }
        }
    }

    private static void addSeverities(JsonNode severities, String where, Map<String, String> out) {
        for (JsonNode severity : severities) {
            if (CVSS_TYPES.contains(severity.path("type").asText())) {
                out.putIfAbsent(severity.path("score").asText(), where);
            }
        }
    }
}
