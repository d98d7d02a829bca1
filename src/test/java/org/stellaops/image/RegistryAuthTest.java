// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.testing.DebianTools;
import org.stellaops.testing.RegistryServer;

/** Pulls that need a login: basic auth at a real registry, bearer tokens at a fake one. */
class RegistryAuthTest {

    @TempDir
    Path temp;

    private ImageSources.Options options(Path dockerConfigDir) {
        return ImageSources.Options.defaults().withPlatform(Platform.parse("linux/amd64"))
                .withInsecure(true).withDockerConfigDir(dockerConfigDir);
    }

    @Test
    void basicAuthWithCredentialsFromDockerConfig() throws IOException {
        ImageFixtures fixtures = ImageFixtures.get();
        String htpasswd = DebianTools.require("htpasswd", "apache2-utils").toString();
        Path passwords = temp.resolve("htpasswd");
        DebianTools.exec(List.of(htpasswd, "-Bbc", passwords.toString(), "stella", "s3cret"),
                temp);
        Path registryDir = Files.createDirectories(temp.resolve("registry"));
        try (RegistryServer registry = RegistryServer.start(registryDir, passwords)) {
            String skopeo = DebianTools.require("skopeo", "skopeo").toString();
            String target = registry.address() + "/stella/private:base";
            DebianTools.exec(List.of(skopeo, "copy", "--dest-tls-verify=false", "--dest-creds",
                    "stella:s3cret", "oci:oci:base", "docker://" + target), fixtures.root);
            Path dockerConfig = writeDockerConfig(registry.address(), "stella:s3cret");

            try (ImageSource source = ImageSources.open(target, TargetKind.IMAGE,
                    options(dockerConfig))) {
                List<byte[]> tars = Layers.readAll(source);
                assertThat(tars.stream().map(Layers::sha256).toList())
                        .isEqualTo(source.config().diffIds());
            }
            assertThatThrownBy(() -> ImageSources.open(target, TargetKind.IMAGE,
                    options(temp.resolve("empty"))))
                    .isInstanceOf(ImageException.class)
                    .hasMessageContaining("requires a login and no credentials for "
                            + registry.address());
            Path wrong = writeDockerConfig(registry.address(), "stella:wrong");
            assertThatThrownBy(() -> ImageSources.open(target, TargetKind.IMAGE, options(wrong)))
                    .isInstanceOf(ImageException.class)
                    .hasMessageContaining("HTTP 401");
        }
    }

    @Test
    void bearerTokenFlowAndRedirectedBlobs() throws IOException {
        ImageFixtures fixtures = ImageFixtures.get();
        try (FakeTokenRegistry registry = new FakeTokenRegistry(fixtures.ociDir)) {
            Path dockerConfig = writeDockerConfig(registry.address(), "robot:pat");
            String target = registry.address() + "/stella/fixture:base";

            try (ImageSource source = ImageSources.open(target, TargetKind.IMAGE,
                    options(dockerConfig))) {
                assertThat(Layers.readAll(source).stream().map(Layers::sha256).toList())
                        .isEqualTo(source.config().diffIds());
            }
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    "robot:pat".getBytes(StandardCharsets.UTF_8));
            assertThat(registry.tokenAuthorizations).contains(basic);
            // The redirect target is another place: our token must not follow us there.
            assertThat(registry.storageAuthorizations).isNotEmpty().containsOnly("null");
        }
    }

    @Test
    void manifestNotMatchingTheDigestReferenceIsRefused() throws IOException {
        ImageFixtures fixtures = ImageFixtures.get();
        try (FakeTokenRegistry registry = new FakeTokenRegistry(fixtures.ociDir)) {
            String manifestDigest;
            try (ImageSource source = ImageSources.open(registry.address()
                    + "/stella/fixture:base", TargetKind.IMAGE, options(temp))) {
                manifestDigest = source.config().manifestDigest();
            }
            registry.tamper = true;
            String target = registry.address() + "/stella/fixture@" + manifestDigest;

            assertThatThrownBy(() -> ImageSources.open(target, TargetKind.IMAGE, options(temp)))
                    .isInstanceOf(ImageException.class)
                    .hasMessageContaining("digest mismatch: expected " + manifestDigest
                            + ", actual sha256:");
        }
    }

    private Path writeDockerConfig(String registry, String userPassword) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("docker-" + userPassword.hashCode()));
        String auth = Base64.getEncoder().encodeToString(
                userPassword.getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("config.json"),
                "{\"auths\":{\"https://" + registry + "/v1/\":{\"auth\":\"" + auth + "\"}}}");
        return dir;
    }
}
