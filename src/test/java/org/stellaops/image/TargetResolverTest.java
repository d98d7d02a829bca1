// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.sbom.SbomPaths;

/** The documented order of {@code stella scan TARGET} detection. */
class TargetResolverTest {

    private static final Path SBOM = SbomPaths.corpus().resolve("sbom");

    @TempDir
    Path temp;

    // The SBOM stage's detector is not ours to call; a name test stands in for it.
    private final TargetResolver resolver = new TargetResolver(
            path -> path.getFileName().toString().endsWith(".json")
                    && path.toString().contains("/sbom/"));

    @Test
    void dashAndSbomFilesAreSboms() throws IOException {
        Path sbomFile;
        try (var files = Files.walk(SBOM)) {
            sbomFile = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        assertThat(resolver.resolve("-", null)).isEqualTo(TargetKind.SBOM);
        assertThat(resolver.resolve(sbomFile.toString(), null)).isEqualTo(TargetKind.SBOM);
    }

    @Test
    void tarsAndLayoutsAreImages() throws IOException {
        ImageFixtures fixtures = ImageFixtures.get();

        assertThat(resolver.resolve(fixtures.dockerArchive.toString(), null))
                .isEqualTo(TargetKind.DOCKER_ARCHIVE);
        assertThat(resolver.resolve(fixtures.ociTar.toString(), null)).isEqualTo(TargetKind.OCI);
        assertThat(resolver.resolve(fixtures.ociDir.toString(), null)).isEqualTo(TargetKind.OCI);
    }

    @Test
    void directoryWithAPackageDatabaseIsARootFilesystem() throws IOException {
        Path rootfs = Files.createDirectories(temp.resolve("rootfs/lib/apk/db"));
        Files.copy(ImageFixtures.APK_INSTALLED, rootfs.resolve("installed"));
        Files.createDirectories(temp.resolve("src/project"));

        assertThat(resolver.resolve(temp.resolve("rootfs").toString(), null))
                .isEqualTo(TargetKind.ROOTFS);
        assertThat(resolver.resolve(temp.resolve("src").toString(), null))
                .isEqualTo(TargetKind.DIR);
    }

    @Test
    void anythingElseIsAnImageReferenceUnlessTheTypeIsExplicit() throws IOException {
        assertThat(resolver.resolve("alpine:3.20", null)).isEqualTo(TargetKind.IMAGE);
        assertThat(resolver.resolve("-", TargetKind.fromOption("rootfs")))
                .isEqualTo(TargetKind.ROOTFS);
        assertThatThrownBy(() -> TargetKind.fromOption("iso"))
                .hasMessageContaining("sbom, docker-archive, oci, rootfs, dir, image");
    }

    @Test
    void fileThatIsNeitherSbomNorImageTarIsRefused() throws IOException {
        Path text = Files.writeString(temp.resolve("notes.txt"), "not an image\n");

        assertThatThrownBy(() -> resolver.resolve(text.toString(), null))
                .isInstanceOf(ImageException.class)
                .hasMessageContaining("set --input-type");
    }
}
