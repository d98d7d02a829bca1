// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stellaops.match.SnapshotFixtures;

/** Small OSV feeds and SBOMs for end-to-end runs of the command line. */
final class CliFixtures {

    /** HIGH (CVSS 7.5) for npm alpha below 2.0.0; unrated for npm beta below 1.5.0. */
    static final String HIGH_ALPHA = SnapshotFixtures.record("GHSA-2222-3333-4444", "npm",
            "alpha", SnapshotFixtures.fixedRange("0", "2.0.0"), """
            "aliases": ["CVE-2024-1000"],
            "severity": [{"type": "CVSS_V3",
                          "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"}]""");
    static final String UNRATED_BETA = SnapshotFixtures.record("GHSA-5555-6666-7777", "npm",
            "beta", SnapshotFixtures.fixedRange("0", "1.5.0"), "");

    private CliFixtures() {
    }

    /** Imports the records with {@code stella db import} into {@code dir/db}; returns the db. */
    static Path importRecords(Path dir, String... records) throws IOException {
        Path feed = SnapshotFixtures.writeRecords(dir.resolve("feed"), records);
        Path db = dir.resolve("db");
        Stella.Result result = Stella.run("db", "import", "--db", db.toString(), feed.toString());
        if (result.exit() != 0) {
            throw new IllegalStateException("import failed: " + result.err());
        }
        return db;
    }

    /** A CycloneDX JSON SBOM listing the given purls as components c1, c2, ... */
    static Path sbom(Path dir, String... purls) throws IOException {
        StringBuilder components = new StringBuilder();
        for (int i = 0; i < purls.length; i++) {
            String name = purls[i].replaceAll("^pkg:[^/]+/(?:.*/)?([^@/]+)@.*$", "$1");
            components.append(i == 0 ? "" : ",\n").append("""
                        {"type": "library", "bom-ref": "c%d", "name": "%s", "purl": "%s"}"""
                    .formatted(i + 1, name, purls[i]));
        }
        Path file = Files.createTempFile(dir, "sbom", ".cdx.json");
        Files.writeString(file, """
                {
                  "bomFormat": "CycloneDX",
                  "specVersion": "1.5",
                  "components": [
                %s
                  ]
                }
                """.formatted(components));
        return file;
    }
}
