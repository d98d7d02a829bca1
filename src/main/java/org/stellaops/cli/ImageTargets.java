// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stellaops.image.ImageConfig;
import org.stellaops.image.ImageLimits;
import org.stellaops.image.ImageSource;
import org.stellaops.image.ImageSources;
import org.stellaops.image.Platform;
import org.stellaops.image.TargetKind;
import org.stellaops.inventory.Detectors;
import org.stellaops.inventory.ImageAnalysis;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImageTargets() {
    }

    static ReadTarget read(String target, TargetKind kind, TargetOptions options,
            Progress progress) throws Exception {
        ImageSources.Options opened = ImageSources.Options.defaults()
                .withInsecure(options.insecure)
                .withLimits(limits());
        if (options.platform != null) {
            try {
                opened = opened.withPlatform(Platform.parse(options.platform));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--platform: " + e.getMessage());
            }
        }
        progress.say("opening " + target);
        try (ImageSource source = ImageSources.open(target, kind, opened)) {
            progress.say("analysing " + source.layers().size() + " layers");
            Inventory inventory = new ImageAnalysis(Detectors.all(), InventoryLimits.defaults(),
                    Runtime.getRuntime().availableProcessors(), options.layerCache())
                    .analyze(source);
            ImageConfig config = source.config();
            String digest = config.manifestDigest() != null
                    ? config.manifestDigest() : config.digest();
            InventorySubject subject = new InventorySubject("container", target, digest,
                    propertiesOf(config));
            return new ReadTarget(InventorySbom.of(inventory, subject),
                    new ScanTarget("image", target, digest, kind.optionName()), config.created());
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
    static Map<String, String> propertiesOf(ImageConfig config) throws JsonProcessingException {
        Map<String, String> properties = new TreeMap<>();
        properties.put("stella:image:configDigest", config.digest());
        if (config.manifestDigest() != null) {
            properties.put("stella:image:manifestDigest", config.manifestDigest());
        }
        properties.put("stella:image:platform", config.platform().toString());
        putList(properties, "stella:image:repoDigest", config.repoDigests());
        putList(properties, "stella:image:repoTag", config.repoTags());
        putList(properties, "stella:image:diffId", config.diffIds());
        if (!config.entrypoint().isEmpty()) {
            properties.put("stella:image:entrypoint", JSON.writeValueAsString(config.entrypoint()));
        }
        if (!config.cmd().isEmpty()) {
            properties.put("stella:image:cmd", JSON.writeValueAsString(config.cmd()));
        }
        return properties;
    }

    private static void putList(Map<String, String> properties, String name, List<String> values) {
        // zero-padded so the sorted names keep the list's order
        for (int i = 0; i < values.size(); i++) {
            properties.put(String.format("%s:%03d", name, i), values.get(i));
        }
    }
}
