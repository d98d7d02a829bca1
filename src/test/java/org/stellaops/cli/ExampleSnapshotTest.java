// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code examples/db} is exactly what {@code stella db import} builds from
 * {@code examples/advisories}: same digest, same bytes. README and ATTRIBUTION.md promise it.
 */
class ExampleSnapshotTest {

    private static final Path EXAMPLE_DB = Path.of("examples/db");

    @TempDir
    Path dir;

    @Test
    void freshImportOfExampleAdvisoriesRebuildsExampleDbByteForByte() throws Exception {
        Path db = dir.resolve("db");

        Stella.Result result = Stella.run("db", "import", "--db", db.toString(),
                "examples/advisories");

        assertThat(result.exit()).as(result.err()).isZero();
        String committed = Files.readString(EXAMPLE_DB.resolve("current")).strip();
        assertThat(Stella.importedDigest(result)).isEqualTo(committed);
        assertThat(Files.readString(db.resolve("current"))).isEqualTo(
                Files.readString(EXAMPLE_DB.resolve("current")));
        String hex = committed.substring("sha256:".length());
        for (String file : new String[] {"manifest.json", "index.bin", "records.bin"}) {
            Path rebuilt = db.resolve("snapshots").resolve(hex).resolve(file);
            Path example = EXAMPLE_DB.resolve("snapshots").resolve(hex).resolve(file);
            assertThat(Files.readAllBytes(rebuilt)).as(file)
                    .isEqualTo(Files.readAllBytes(example));
        }
    }

    @Test
    void exampleDbHoldsOnlyThatOneSnapshot() throws Exception {
        String committed = Files.readString(EXAMPLE_DB.resolve("current")).strip();

        try (var snapshots = Files.list(EXAMPLE_DB.resolve("snapshots"))) {
            assertThat(snapshots.map(p -> p.getFileName().toString()))
                    .containsExactly(committed.substring("sha256:".length()));
        }
        assertThat(Files.readString(EXAMPLE_DB.resolve("history")).strip()).isEqualTo(committed);
    }
}
