// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.nio.file.Path;

/** Image targets: archives, OCI layouts and registry references (wired with the image stage). */
final class ImageTargets {

    private ImageTargets() {
    }

    static boolean isImageArchive(Path file) {
        return false;
    }

    static String archiveKind(Path file) {
        return "docker-archive";
    }

    static ReadTarget read(String target, String kind, TargetOptions options, Progress progress)
            throws UsageException {
        throw new UsageException(kind + " targets are not available yet in this version");
    }
}
