// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.nio.file.Path;
import org.stellaops.inventory.FileLayerCache;
import org.stellaops.inventory.LayerCache;
import picocli.CommandLine.Option;

/** How a scan or SBOM target is read: its kind when the guess is wrong, and image options. */
final class TargetOptions {

    @Option(names = "--input-type", paramLabel = "TYPE", description = "What TARGET is, when "
            + "the guess is wrong: sbom, docker-archive, oci, rootfs, dir or image.")
    String inputType;

    @Option(names = "--sbom-type", paramLabel = "TYPE", description = "auto (default), "
            + "cyclonedx-json, cyclonedx-xml, spdx-json, spdx-tag-value or trivy-json-v2.")
    String sbomType = "auto";

    @Option(names = "--platform", paramLabel = "OS/ARCH[/VARIANT]", description = "Image of a "
            + "multi-platform index to read (default: this machine's, e.g. linux/amd64).")
    String platform;

    @Option(names = "--insecure", description = "Allow plain-http registries.")
    boolean insecure;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Where layer results are "
            + "kept between scans (default: $STELLA_CACHE, stella.cache.dir, ~/.stella/cache).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Analyse every layer; keep nothing.")
    boolean noCache;

    /**
     * The name reports and the SBOM give the target, when it is not the path or reference it
     * is read from: a replay reads a kept copy but names the target as the scan did.
     */
    String name;

    /** The name of a target read from {@code where}. */
    String nameOf(String where) {
        return name != null ? name : where;
    }

    /** The layer cache these options ask for. */
    LayerCache layerCache() {
        if (noCache) {
            return LayerCache.none();
        }
        Path dir = StellaConfig.fromEnvironment().cacheDir(cacheDir);
        return new FileLayerCache(dir.resolve("layers"));
    }
}
