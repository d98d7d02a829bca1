// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.stellaops.image.ImageConfig;
import org.stellaops.image.ImageException;
import org.stellaops.image.ImageLimits;
import org.stellaops.image.ImageSource;
import org.stellaops.image.ImageSources;
import org.stellaops.image.Platform;
import org.stellaops.image.TargetKind;
import org.stellaops.inventory.Detectors;
import org.stellaops.inventory.ImageAnalysis;
import org.stellaops.inventory.ImageProperties;
import org.stellaops.inventory.Inventory;
import org.stellaops.inventory.InventoryException;
import org.stellaops.inventory.InventoryLimits;
import org.stellaops.inventory.InventorySbom;
import org.stellaops.inventory.InventorySubject;
import org.stellaops.inventory.LayerCache;
import org.stellaops.inventory.LayerInventory;
import org.stellaops.inventory.LayerMerge;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.SbomException;
import org.stellaops.sbom.SbomLoader;
import org.stellaops.scan.EmbeddedVex;
import org.stellaops.scan.ScanTarget;

/**
 * Reads a scan's input into an SBOM: an uploaded document through the SBOM readers, an image
 * through the image and inventory stages, a delta scan's layers from the fragments held.
 * Blocking work; it runs on the pipeline's workers.
 */
final class InputReader {

    private final ImageLimits imageLimits;
    private final LayerCache layerCache;
    private final LayerFragments fragments;
    private final int layerThreads;

    InputReader(ImageLimits imageLimits, LayerCache layerCache, LayerFragments fragments,
            int layerThreads) {
        this.imageLimits = imageLimits;
        this.layerCache = layerCache;
        this.fragments = fragments;
        this.layerThreads = layerThreads;
    }

    ScanInput readSbom(ScanRequest request, Path document) {
        try {
            LoadedSbom loaded = SbomLoader.load(document, request.origin(), request.sbomType());
            return new ScanInput(loaded.sbom(), new ScanTarget("sbom", loaded.origin(),
                    loaded.digest(), loaded.format().option()), loaded.sbom().created(),
                    EmbeddedVex.read(document, loaded));
        } catch (SbomException e) {
            throw new ScanFailure(e.getMessage());
        } catch (IOException e) {
            throw new ScanFailure(request.origin() + ": cannot read: " + e.getMessage());
        }
    }

    /** Pulls and inventories an image. */
    Inventoried readImage(ScanRequest request) {
        ImageSources.Options options = ImageSources.Options.defaults()
                .withInsecure(request.insecure()).withLimits(imageLimits);
        if (request.platform() != null) {
            try {
                options = options.withPlatform(Platform.parse(request.platform()));
            } catch (IllegalArgumentException e) {
                throw new ScanFailure("platform: " + e.getMessage());
            }
        }
        try (ImageSource source = ImageSources.open(request.image(), TargetKind.IMAGE, options)) {
            Inventory inventory = new ImageAnalysis(Detectors.all(), InventoryLimits.defaults(),
                    layerThreads, layerCache).analyze(source);
            ImageConfig config = source.config();
            String digest = config.manifestDigest() != null
                    ? config.manifestDigest() : config.digest();
            InventorySubject subject = new InventorySubject("container", request.image(), digest,
                    ImageProperties.of(config));
            return new Inventoried(inventory, subject, config.created(),
                    source.layers().size());
        } catch (ImageException | InventoryException e) {
            throw new ScanFailure(request.image() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ScanFailure(request.image() + ": cannot read: " + e.getMessage());
        }
    }

    /** Merges the fragments of a delta scan's layers; every layer must be held. */
    Inventoried readLayers(ScanRequest request, AtomicInteger layersDone) {
        List<LayerInventory> layers = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String diffId : request.layers()) {
            LayerInventory layer;
            try {
                layer = fragments.find(diffId);
            } catch (IOException e) {
                throw new ScanFailure("cannot read the inventory of layer " + diffId + ": "
                        + e.getMessage());
            }
            if (layer == null) {
                missing.add(diffId);
            } else {
                layers.add(layer);
            }
            layersDone.incrementAndGet();
        }
        if (!missing.isEmpty()) {
            throw new ScanFailure("no inventory held for layers " + missing
                    + ": upload them with PUT /layers/{diffId} first");
        }
        InventorySubject subject = new InventorySubject("container", request.image(),
                request.imageDigest(), request.properties());
        return new Inventoried(LayerMerge.merge(layers), subject, request.created(),
                layers.size());
    }

    ScanInput sbomOf(Inventoried read, ScanRequest request) {
        String format = request.imageSource() != null ? request.imageSource() : "image";
        return new ScanInput(InventorySbom.of(read.inventory(), read.subject()),
                new ScanTarget("image", request.image(), read.subject().version(), format),
                read.created());
    }

    /** An image's or a delta scan's merged inventory, before it becomes an SBOM. */
    record Inventoried(Inventory inventory, InventorySubject subject, String created,
            int layers) {
    }
}
