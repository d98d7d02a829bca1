// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stellaops.inventory.Detection;

/**
 * Corpus rpm databases with random bytes overwritten (fixed seeds, so a failure replays): the
 * detector may warn or throw an {@link IOException}, nothing else, and must finish.
 */
class RpmCorruptionFuzzTest {

    private static final int ROUNDS = 150;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "rpm-bdb/syft/Packages, var/lib/rpm/Packages",
        "rpm-bdb/go-rpmdb-libuuid/Packages, var/lib/rpm/Packages",
        "rpm-ndb/sle15-bci/Packages.db, var/lib/rpm/Packages.db"})
    @Timeout(60)
    void corruptedDatabaseEndsInWarningsOrIoException(String corpusFile, String path)
            throws IOException {
        byte[] original = Files.readAllBytes(OsCorpus.pkgdb(corpusFile));
        RpmDatabaseDetector detector = new RpmDatabaseDetector();
        int disturbed = 0; // rounds the corruption was noticed in: the test must reach the parser
        for (int round = 0; round < ROUNDS; round++) {
            Path file = Files.write(dir.resolve("db"), corrupt(original, new Random(round)));
            try {
                Detection detection = OsCorpus.detectFile(detector, file, path);
                disturbed += detection.warnings().isEmpty() ? 0 : 1;
            } catch (IOException expected) {
                assertThat(expected.getMessage()).startsWith(path + ": ");
                disturbed++;
            }
        }
        assertThat(disturbed).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3"})
    void corruptedHeaderBlobEndsInWarnings(long seed) throws IOException {
        byte[] original = Files.readAllBytes(OsCorpus.pkgdb("rpm-header/claircore/package.header"));
        Random random = new Random(seed);
        for (int round = 0; round < ROUNDS; round++) {
            RpmPackages packages = new RpmPackages("var/lib/rpm/rpmdb.sqlite", "rpm");
            packages.add(corrupt(original, random), "hnum " + round);
            assertThat(packages.packages.size() + packages.warnings.size()).isPositive();
        }
    }

    /** Overwrites a few random bytes, biased towards the start where the indexes live. */
    private static byte[] corrupt(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            int span = random.nextBoolean() ? Math.min(bytes.length, 8192) : bytes.length;
            bytes[random.nextInt(span)] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
