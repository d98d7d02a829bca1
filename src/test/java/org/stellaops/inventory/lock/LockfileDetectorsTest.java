// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InventoryException;
import org.stellaops.inventory.PackageDetector;
import org.stellaops.inventory.PathFileContent;

/** The registry as a whole: which detector takes which file, and the shared size limit. */
class LockfileDetectorsTest {

    @TempDir
    Path temp;

    @Test
    void idsAreUnique() {
        List<String> ids = LockfileDetectors.all().stream().map(PackageDetector::id).toList();

        assertThat(ids).hasSize(20).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({
        "app/package-lock.json, npm-package-lock",
        "app/yarn.lock, yarn-lock",
        "app/pnpm-lock.yaml, pnpm-lock",
        "app/poetry.lock, poetry-lock",
        "app/uv.lock, uv-lock",
        "app/pdm.lock, pdm-lock",
        "app/Pipfile.lock, pipfile-lock",
        "app/requirements-prod.txt, requirements-txt",
        "app/go.mod, go-mod",
        "app/Cargo.lock, cargo-lock",
        "app/Gemfile.lock, gemfile-lock",
        "app/composer.lock, composer-lock",
        "app/packages.lock.json, nuget-packages-lock",
        "app/packages.config, nuget-packages-config",
        "app/gradle.lockfile, gradle-lockfile",
        "app/pom.xml, maven-pom",
        "app/mix.lock, mix-lock",
        "app/pubspec.lock, pubspec-lock",
        "app/Package.resolved, swift-package-resolved",
        "app/conan.lock, conan-lock"})
    void exactlyOneDetectorWantsEachLockfile(String path, String id) {
        FileEntry entry = new FileEntry(path, 100, 0644);

        List<String> wanting = LockfileDetectors.all().stream().filter(d -> d.wants(entry))
                .map(PackageDetector::id).toList();

        assertThat(wanting).containsExactly(id);
    }

    @Test
    void noDetectorWantsOrdinaryFiles() {
        for (String path : List.of("app/package.json", "usr/lib/go/go.sum", "app/Gemfile",
                "app/pyproject.toml", "app/Cargo.toml", "app/build.gradle", "README.txt")) {
            FileEntry entry = new FileEntry(path, 100, 0644);

            assertThat(LockfileDetectors.all()).noneMatch(d -> d.wants(entry));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "npm-package-lock, package-lock.json",
        "yarn-lock, yarn.lock",
        "pnpm-lock, pnpm-lock.yaml",
        "poetry-lock, poetry.lock",
        "uv-lock, uv.lock",
        "pdm-lock, pdm.lock",
        "pipfile-lock, Pipfile.lock",
        "go-mod, go.mod",
        "cargo-lock, Cargo.lock",
        "gemfile-lock, Gemfile.lock",
        "composer-lock, composer.lock",
        "nuget-packages-lock-json, packages.lock.json",
        "nuget-packages-config, packages.config",
        "gradle-lockfile, gradle.lockfile",
        "maven-pom, pom.xml",
        "mix-lock, mix.lock",
        "pubspec-lock, pubspec.lock",
        "swift-package-resolved, Package.resolved",
        "conan-lock, conan.lock"})
    void everyCorpusFileGivesValidPurlsTheSameWayTwice(String kind, String name)
            throws IOException {
        PackageDetector detector = detectorFor(name);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(LockfileCorpus.pkgdb(kind))) {
            // syft's npm folder holds package.json files of node_modules beside its lockfiles
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().contains("node_modules"))
                    .filter(f -> !f.getFileName().toString().equals("go.sum"))
                    .filter(f -> !f.getFileName().toString().equals("pyproject.toml"))
                    .sorted().toList();
        }
        assertThat(files).isNotEmpty();

        for (Path file : files) {
            Detection first = detector.detect(new PathFileContent(file, "app/" + name));
            Detection second = detector.detect(new PathFileContent(file, "app/" + name));

            assertThat(first.packages()).as(file.toString()).isNotEmpty()
                    .isEqualTo(second.packages())
                    .allSatisfy(p -> assertThat(p.purl()).startsWith("pkg:"))
                    .allSatisfy(p -> assertThat(p.detector()).isEqualTo(detector.id()));
        }
    }

    private static PackageDetector detectorFor(String name) {
        return LockfileDetectors.all().stream()
                .filter(d -> d.wants(new FileEntry("app/" + name, 1, 0644))).findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"package-lock.json", "yarn.lock", "Cargo.lock", "go.mod", "pom.xml"})
    void refusesALockfileOverTheSizeLimitBeforeParsing(String name) throws IOException {
        Path file = temp.resolve(name);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(LockfileParsing.MAX_BYTES + 1);
        }
        PackageDetector detector = detectorFor(name);

        assertThatThrownBy(() -> detector.detect(new PathFileContent(file, "app/" + name)))
                .isInstanceOf(InventoryException.class)
                .hasMessage("app/" + name + ": file of 67108865 bytes is larger than the limit"
                        + " of 67108864 bytes");
    }
}
