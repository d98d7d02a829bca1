// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.stellaops.image.TargetKind;
import org.stellaops.image.TargetResolver;
import org.stellaops.inventory.Detectors;
import org.stellaops.inventory.DirectoryAnalyzer;
import org.stellaops.inventory.Inventory;
import org.stellaops.inventory.InventoryDigest;
import org.stellaops.inventory.InventoryLimits;
import org.stellaops.inventory.InventorySbom;
import org.stellaops.inventory.InventorySubject;
import org.stellaops.inventory.LayerInventory;
import org.stellaops.inventory.LayerMerge;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.SbomLoader;
import org.stellaops.scan.EmbeddedVex;
import org.stellaops.scan.ScanTarget;

/**
 * Reads any target of {@code stella scan} and {@code stella sbom} into an SBOM: an SBOM file
 * as it is, a folder (root file system or source tree) through the inventory stage, an image
 * through the image and inventory stages.
 */
final class TargetReader {

    private static final Pattern SBOM_NAME =
            Pattern.compile("\\.(json|xml|spdx|cdx|bom|txt)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile(
            "\\.(json|xml|spdx|cdx|bom|txt|tar|tgz|gz|zst)$", Pattern.CASE_INSENSITIVE);

    private TargetReader() {
    }

    static ReadTarget read(String target, TargetOptions options, InputStream stdin,
            Progress progress) throws Exception {
        TargetKind kind = kindOf(target, options);
        switch (kind) {
            case SBOM:
                return readSbom(target, options, stdin);
            case ROOTFS:
            case DIR:
                return readTree(Path.of(target), options.nameOf(target), kind.optionName(),
                        progress);
            default:
                return ImageTargets.read(target, kind, options, progress);
        }
    }

    /** What the target is: --input-type when given, else the guess. */
    static TargetKind kindOf(String target, TargetOptions options) throws Exception {
        if (options.inputType != null) {
            try {
                return TargetKind.fromOption(options.inputType);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--input-type: " + e.getMessage());
            }
        }
        if (!target.equals("-") && !Files.exists(Path.of(target)) && looksLikePath(target)) {
            // a file the user meant but mistyped: say so, rather than ask a registry for it
            if (SBOM_NAME.matcher(target).find()) {
                return TargetKind.SBOM;
            }
            throw new UsageException(target + ": no such file or directory");
        }
        // a file that is not a tar is read as an SBOM, so its errors name the formats tried
        return new TargetResolver(file -> !TarFiles.isTar(file)).resolve(target, null);
    }

    /** Paths no image reference can be: rooted, relative with a dot, or with a file suffix. */
    private static boolean looksLikePath(String target) {
        return target.startsWith("/") || target.startsWith(".") || target.contains("\\")
                || FILE_NAME.matcher(target).find();
    }

    private static ReadTarget readSbom(String target, TargetOptions options, InputStream stdin)
            throws Exception {
        boolean spooled = target.equals("-");
        Path file = spooled ? SbomLoader.spool(stdin) : Path.of(target);
        try {
            return readSbomFile(file, target, options.sbomType);
        } finally {
            if (spooled) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * An SBOM in {@code file}, named {@code origin} as the user gave it ({@code -} for standard
     * input spooled to the file): a replay reads its copy of the input under the original name.
     */
    static ReadTarget readSbomFile(Path file, String origin, String sbomType) throws Exception {
        LoadedSbom loaded = SbomLoader.load(file, origin, sbomType);
        ScanTarget scanned = new ScanTarget("sbom", loaded.origin(), loaded.digest(),
                loaded.format().option());
        return new ReadTarget(loaded.sbom(), scanned, loaded.sbom().created(),
                EmbeddedVex.read(file, loaded));
    }

    private static ReadTarget readTree(Path root, String name, String kind, Progress progress)
            throws Exception {
        if (!Files.isDirectory(root)) {
            throw new UsageException(root + ": not a directory");
        }
        progress.say("reading " + root);
        LayerInventory layer = new DirectoryAnalyzer(Detectors.all(), InventoryLimits.defaults())
                .analyze(root);
        Inventory inventory = LayerMerge.merge(List.of(layer));
        boolean rootfs = inventory.os() != null
                || inventory.packages().stream().anyMatch(p -> p.pkg().osPackage());
        String actual = kind.equals("rootfs") || rootfs ? "rootfs" : "dir";
        InventorySubject subject = new InventorySubject("application", name, null, Map.of());
        String digest = InventoryDigest.of(inventory);
        return new ReadTarget(InventorySbom.of(inventory, subject),
                new ScanTarget(actual, name, digest, actual), null);
    }
}
