// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.util.Map;
import org.stellaops.image.ImageConfig;
import org.stellaops.image.ImageLimits;
import org.stellaops.image.ImageSource;
import org.stellaops.image.ImageSources;
import org.stellaops.image.Platform;
import org.stellaops.image.TargetKind;
import org.stellaops.inventory.Detectors;
import org.stellaops.inventory.ImageAnalysis;
import org.stellaops.inventory.ImageProperties;
import org.stellaops.inventory.InventoryLimits;
import org.stellaops.inventory.Inventory;
import org.stellaops.inventory.InventorySbom;
import org.stellaops.inventory.InventorySubject;
import org.stellaops.scan.ScanTarget;

/**
 * Image targets (docker archives, OCI layouts, registry references) read into an SBOM: the
 * image stage opens and verifies the image, the inventory stage analyses its layers.
 */
final class ImageTargets {

    private ImageTargets() {
    }

    static ReadTarget read(String target, TargetKind kind, TargetOptions options,
            Progress progress) throws Exception {
        progress.say("opening " + target);
        try (ImageSource source = ImageSources.open(target, kind, openOptions(options))) {
            progress.say("analysing " + source.layers().size() + " layers");
            Inventory inventory = new ImageAnalysis(Detectors.all(), InventoryLimits.defaults(),
                    Runtime.getRuntime().availableProcessors(), options.layerCache())
                    .analyze(source);
            ImageConfig config = source.config();
            String digest = config.manifestDigest() != null
                    ? config.manifestDigest() : config.digest();
            String name = options.nameOf(target);
            InventorySubject subject = new InventorySubject("container", name, digest,
                    propertiesOf(config));
            return new ReadTarget(InventorySbom.of(inventory, subject),
                    new ScanTarget("image", name, digest, kind.optionName()), config.created());
        }
    }

    /** How the image stage opens images for these options: platform, plain http, limits. */
    static ImageSources.Options openOptions(TargetOptions options) throws UsageException {
        ImageSources.Options opened = ImageSources.Options.defaults()
                .withInsecure(options.insecure)
                .withLimits(limits());
        if (options.platform == null) {
            return opened;
        }
        try {
            return opened.withPlatform(Platform.parse(options.platform));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--platform: " + e.getMessage());
        }
    }

    private static ImageLimits limits() throws UsageException {
        StellaConfig settings = StellaConfig.fromEnvironment();
        try {
            return ImageLimits.fromConfig(settings::value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** What the SBOM records about the image besides its packages. */
    static Map<String, String> propertiesOf(ImageConfig config) {
        return ImageProperties.of(config);
    }
}
