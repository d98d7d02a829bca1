// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Real version strings from the shared corpus, for checking that a scheme reads what the feeds
 * actually publish. The corpus root is the {@code stella.corpus} system property (surefire sets
 * it); a missing corpus fails the test instead of silently skipping it.
 */
final class CorpusVersions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EVENT_FIELDS =
            List.of("introduced", "fixed", "last_affected");

    // A secfixes key in the Alpine secdb YAML: eight spaces in, possibly quoted, then a colon.
    private static final Pattern SECFIX_KEY = Pattern.compile("^ {8}\"?([^\\s\":]+)\"?:\\s*$");

    private CorpusVersions() {
    }

    /**
     * Every version named by the OSV records in {@code <folder>/all.zip}: range events
     * (introduced, fixed, last_affected; "0" means "from the beginning" and is skipped) of
     * non-GIT ranges, and the enumerated {@code affected[].versions}. Only packages of the
     * ecosystem the folder is named after count: a GHSA record may also name, say, an npm
     * package next to the NuGet one.
     */
    static Set<String> fromOsv(String folder) {
        Path zip = corpusRoot().resolve(folder).resolve("all.zip");
        String ecosystem = Path.of(folder).getFileName().toString();
        assertThat(zip).as("OSV corpus archive").isRegularFile();

        Set<String> versions = new TreeSet<>();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : archive.stream().toList()) {
                if (entry.getName().endsWith(".json")) {
                    collect(JSON.readTree(archive.getInputStream(entry)), ecosystem, versions);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + zip, e);
        }
        return versions;
    }

    /** Every fixed version ("secfixes" key) in the Alpine secdb YAML files under the corpus. */
    static Set<String> fromAlpineSecdb() {
        Path root = corpusRoot().resolve("distro/alpine/alpine-secdb-yaml");
        assertThat(root).as("Alpine secdb corpus").isDirectory();

        Set<String> versions = new TreeSet<>();
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher key = SECFIX_KEY.matcher(line);
                    if (key.matches() && !key.group(1).equals("0")) {
                        versions.add(key.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        return versions;
    }

    private static void collect(JsonNode record, String ecosystem, Set<String> versions) {
        for (JsonNode affected : record.path("affected")) {
            String named = affected.path("package").path("ecosystem").asText();
            if (!named.split(":", 2)[0].equals(ecosystem)) {
                continue;
            }
            for (JsonNode range : affected.path("ranges")) {
                if (range.path("type").asText().equals("GIT")) {
                    continue; // commit hashes, not versions
                }
                for (JsonNode event : range.path("events")) {
                    for (String field : EVENT_FIELDS) {
                        String version = event.path(field).asText("");
                        if (!version.isEmpty() && !version.equals("0")) {
                            versions.add(version);
                        }
                    }
                }
            }
            affected.path("versions").forEach(version -> versions.add(version.asText()));
        }
    }

    private static Path corpusRoot() {
        return Path.of(System.getProperty("stella.corpus", "../shared/corpus"));
    }
}
