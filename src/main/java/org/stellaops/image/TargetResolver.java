// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Decides what a scan target is, in this order: {@code -} or a file whose content is an SBOM;
 * a tar holding {@code manifest.json} (docker-archive); a tar or directory holding
 * {@code oci-layout} (oci); a directory holding an OS package database (rootfs); any other
 * directory (dir); anything else is an image reference. An explicit input type wins.
 */
public final class TargetResolver {

    /** OS package databases that make a directory a root filesystem. */
    static final List<String> PACKAGE_DATABASES = List.of("var/lib/dpkg/status",
            "var/lib/dpkg/status.d", "lib/apk/db/installed", "var/lib/rpm",
            "usr/lib/sysimage/rpm");

    /** Outer tar members looked at before giving up on finding the marker files. */
    private static final int MAX_TAR_MEMBERS = 100_000;

    private final Predicate<Path> looksLikeSbom;

    /** {@code looksLikeSbom} comes from the SBOM stage, which this package must not know. */
    public TargetResolver(Predicate<Path> looksLikeSbom) {
        this.looksLikeSbom = looksLikeSbom;
    }

    public TargetKind resolve(String target, TargetKind explicit) throws IOException {
        if (explicit != null) {
            return explicit;
        }
        if (target.equals("-")) {
            return TargetKind.SBOM;
        }
        Path path = Path.of(target);
        if (Files.isDirectory(path)) {
            return resolveDirectory(path);
        }
        if (Files.isRegularFile(path)) {
            if (looksLikeSbom.test(path)) {
                return TargetKind.SBOM;
            }
            TargetKind kind = resolveTar(path);
            if (kind != null) {
                return kind;
            }
            throw new ImageException(target + " is neither an SBOM, a docker archive nor an OCI"
                    + " layout tar; set --input-type if it is one");
        }
        return TargetKind.IMAGE;
    }

    private static TargetKind resolveDirectory(Path dir) {
        if (Files.isRegularFile(dir.resolve("oci-layout"))) {
            return TargetKind.OCI;
        }
        for (String database : PACKAGE_DATABASES) {
            if (Files.exists(dir.resolve(database))) {
                return TargetKind.ROOTFS;
            }
        }
        return TargetKind.DIR;
    }

    /** Scans the tar's member names only; a file that is not a tar gives null. */
    private static TargetKind resolveTar(Path file) {
        boolean ociLayout = false;
        try (InputStream in = Files.newInputStream(file);
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry;
            for (int n = 0; n < MAX_TAR_MEMBERS && (entry = tar.getNextEntry()) != null; n++) {
                String name = entry.getName().startsWith("./")
                        ? entry.getName().substring(2) : entry.getName();
                if (name.equals("manifest.json")) {
                    return TargetKind.DOCKER_ARCHIVE;
                }
                ociLayout |= name.equals("oci-layout");
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return ociLayout ? TargetKind.OCI : null;
    }
}
