// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the {@link ImageSource} for a scan target of an image kind. */
public final class ImageSources {

    /**
     * How to open images.
     *
     * @param platform        the image to take from a multi-platform index
     * @param limits          bounds on each layer and document
     * @param insecure        talk plain http to registries (never otherwise)
     * @param dockerConfigDir where {@code config.json} with registry credentials lives
     */
    public record Options(Platform platform, ImageLimits limits, boolean insecure,
                          Path dockerConfigDir) {

        public static Options defaults() {
            return new Options(Platform.host(), ImageLimits.DEFAULT, false,
                    RegistryCredentials.defaultConfigDir());
        }

        public Options withPlatform(Platform value) {
            return new Options(value, limits, insecure, dockerConfigDir);
        }

        public Options withLimits(ImageLimits value) {
            return new Options(platform, value, insecure, dockerConfigDir);
        }

        public Options withInsecure(boolean value) {
            return new Options(platform, limits, value, dockerConfigDir);
        }

        public Options withDockerConfigDir(Path value) {
            return new Options(platform, limits, insecure, value);
        }
    }

    private ImageSources() {
    }

    /**
     * Opens {@code target}: a path for docker-archive and oci (a {@code :TAG} suffix picks one
     * image of several), an image reference for image.
     */
    public static ImageSource open(String target, TargetKind kind, Options options)
            throws IOException {
        return switch (kind) {
            case DOCKER_ARCHIVE -> {
                String[] pathAndTag = splitTag(target);
                yield DockerArchiveSource.open(Path.of(pathAndTag[0]), pathAndTag[1],
                        options.limits());
            }
            case OCI -> {
                String[] pathAndTag = splitTag(target);
                yield OciLayoutSource.open(Path.of(pathAndTag[0]), pathAndTag[1],
                        options.platform(), options.limits());
            }
            case IMAGE -> RegistrySource.open(ImageReference.parse(target), options);
            default -> throw new IllegalArgumentException(kind.optionName()
                    + " targets are not images");
        };
    }

    /** {@code PATH:TAG} when PATH exists and the whole does not; else the path alone. */
    private static String[] splitTag(String target) {
        int colon = target.lastIndexOf(':');
        if (!Files.exists(Path.of(target)) && colon > 0
                && Files.exists(Path.of(target.substring(0, colon)))) {
            return new String[] {target.substring(0, colon), target.substring(colon + 1)};
        }
        return new String[] {target, null};
    }
}
