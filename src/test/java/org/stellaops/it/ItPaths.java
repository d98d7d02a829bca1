// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Where the integration tests find the packaged application and the examples, and where they
 * write: failsafe sets {@code stella.app} to {@code target/quarkus-app/quarkus-run.jar}; logs
 * go to {@code target/it-logs}, generated inputs to {@code target/it-work}.
 */
final class ItPaths {

    private ItPaths() {
    }

    static Path app() {
        return Path.of(System.getProperty("stella.app", "target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath();
    }

    /** The build's target folder: the parent of {@code quarkus-app}. */
    static Path target() {
        return app().getParent().getParent();
    }

    static Path project() {
        return target().getParent();
    }

    static Path juiceShop() {
        return project().resolve("examples/sbom/juice-shop-11.1.2.cdx.json");
    }

    static Path exampleDb() {
        return project().resolve("examples/db");
    }

    static Path exampleAdvisories() {
        return project().resolve("examples/advisories/npm");
    }

    static Path corpus() {
        return Path.of(System.getProperty("stella.corpus", "../shared/corpus")).toAbsolutePath();
    }

    static Path logs() {
        return created(target().resolve("it-logs"));
    }

    static Path work() {
        return created(target().resolve("it-work"));
    }

    /** A copy of the example database in {@code dir}, so a test may import into it. */
    static Path copyOfExampleDb(Path dir) {
        Path db = dir.resolve("db");
        try (Stream<Path> files = Files.walk(exampleDb())) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = db.resolve(exampleDb().relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return db;
    }

    /** The digest the database's {@code current} pointer names. */
    static String currentDigest(Path db) {
        try {
            return Files.readString(db.resolve("current")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path created(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
