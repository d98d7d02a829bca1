// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.util.List;

/**
 * What an image's config says about it, with the digests that identify it. Lists are never
 * null (empty when absent); strings other than the digests and {@code os}/{@code architecture}
 * may be null.
 *
 * @param digest         sha256 of the config bytes, verified
 * @param manifestDigest sha256 of the manifest bytes, when the source has a manifest document
 * @param diffIds        {@code rootfs.diff_ids}, bottom layer first
 * @param repoTags       tags the source knows the image by (docker save {@code RepoTags}, the
 *                       registry reference's tag)
 * @param repoDigests    {@code repository@digest} names, when the source has a repository
 */
public record ImageConfig(String os, String architecture, String variant, String created,
                          List<String> entrypoint, List<String> cmd, List<String> env,
                          List<String> diffIds, String digest, String manifestDigest,
                          List<String> repoTags, List<String> repoDigests) {

    public ImageConfig {
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
        env = List.copyOf(env);
        diffIds = List.copyOf(diffIds);
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
    }

    public Platform platform() {
        return new Platform(os, architecture, variant);
    }

    ImageConfig withNames(String manifestDigest, List<String> repoTags, List<String> repoDigests) {
        return new ImageConfig(os, architecture, variant, created, entrypoint, cmd, env, diffIds,
                digest, manifestDigest, repoTags, repoDigests);
    }
}
