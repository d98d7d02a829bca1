// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reference parsing after the docker grammar (distribution/reference's normalisation rules). */
class ImageReferenceTest {

    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

    @Test
    void singleNameIsADockerHubLibraryImageAtLatest() {
        ImageReference ref = ImageReference.parse("alpine");

        assertThat(ref).isEqualTo(new ImageReference("docker.io", "library/alpine", "latest",
                null));
        assertThat(ref.registryHost()).isEqualTo("registry-1.docker.io");
    }

    @Test
    void firstComponentIsARegistryOnlyWhenItLooksLikeAHost() {
        assertThat(ImageReference.parse("bitnami/redis:7.2").registry()).isEqualTo("docker.io");
        assertThat(ImageReference.parse("bitnami/redis:7.2").repository())
                .isEqualTo("bitnami/redis");
        assertThat(ImageReference.parse("ghcr.io/org/app:1").registry()).isEqualTo("ghcr.io");
        assertThat(ImageReference.parse("localhost/app").registry()).isEqualTo("localhost");
        assertThat(ImageReference.parse("127.0.0.1:5000/app:v1"))
                .isEqualTo(new ImageReference("127.0.0.1:5000", "app", "v1", null));
        assertThat(ImageReference.parse("index.docker.io/library/debian:12").registry())
                .isEqualTo("docker.io");
    }

    @Test
    void digestReferenceHasNoDefaultTagAndDigestWins() {
        ImageReference byDigest = ImageReference.parse("ghcr.io/org/app@" + DIGEST);
        ImageReference both = ImageReference.parse("ghcr.io/org/app:1.0@" + DIGEST);

        assertThat(byDigest.tag()).isNull();
        assertThat(byDigest.manifestReference()).isEqualTo(DIGEST);
        assertThat(both.tag()).isEqualTo("1.0");
        assertThat(both.manifestReference()).isEqualTo(DIGEST);
    }

    @Test
    void rejectsMalformedReferences() {
        assertThatThrownBy(() -> ImageReference.parse("Alpine"))
                .hasMessageContaining("bad repository component 'Alpine'");
        assertThatThrownBy(() -> ImageReference.parse("app@sha256:abc"))
                .hasMessageContaining("digest must be sha256");
        assertThatThrownBy(() -> ImageReference.parse("app:-bad"))
                .hasMessageContaining("bad tag");
        assertThatThrownBy(() -> ImageReference.parse("ghcr.io/../etc"))
                .hasMessageContaining("bad repository component '..'");
    }
}
