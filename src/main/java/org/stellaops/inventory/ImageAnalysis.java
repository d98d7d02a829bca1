// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.stellaops.image.ImageSource;
import org.stellaops.image.LayerBlob;
import org.stellaops.image.LayerStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inventories an image: each layer is analysed on its own, in parallel up to a bound, and
 * verified against its digests before its result is used or cached; then the layers are
 * merged. Layers found in the cache are not read at all.
 */
public final class ImageAnalysis {

    private static final Logger LOG = LoggerFactory.getLogger(ImageAnalysis.class);

    private final List<PackageDetector> detectors;
    private final InventoryLimits limits;
    private final int parallelism;
    private final LayerCache cache;

    /**
     * @param parallelism how many layers are read at once (at least 1); the cores are a good
     *     bound, since analysis is decompression and parsing
     */
    public ImageAnalysis(List<PackageDetector> detectors, InventoryLimits limits,
            int parallelism, LayerCache cache) {
        this.detectors = List.copyOf(detectors);
        this.limits = limits;
        this.parallelism = Math.max(1, parallelism);
        this.cache = cache;
    }

    /** Every detector, one thread per core, no cache. */
    public static ImageAnalysis defaults() {
        return new ImageAnalysis(Detectors.all(), InventoryLimits.defaults(),
                Runtime.getRuntime().availableProcessors(), LayerCache.none());
    }

    /** The merged inventory of the image. */
    public Inventory analyze(ImageSource source) throws IOException {
        return LayerMerge.merge(analyzeLayers(source, source.layers()));
    }

    /**
     * The results of some of the source's layers, in the order given, each verified against
     * its digests (or taken from the cache). Layers not named are never opened, so a caller
     * that has the other results elsewhere pays only for these.
     */
    public List<LayerInventory> analyzeLayers(ImageSource source, List<LayerBlob> blobs)
            throws IOException {
        if (blobs.isEmpty()) {
            return List.of();
        }
        Path tempDir = LayerAnalyzer.createTempDir();
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.min(parallelism, Math.max(1, blobs.size())), LayerThreads.INSTANCE);
        try {
            List<Future<LayerInventory>> pending = new ArrayList<>();
            LayerAnalyzer analyzer = new LayerAnalyzer(detectors, limits, tempDir);
            for (LayerBlob blob : blobs) {
                pending.add(pool.submit(() -> analyzeLayer(source, blob, analyzer)));
            }
            List<LayerInventory> layers = new ArrayList<>();
            for (Future<LayerInventory> layer : pending) {
                layers.add(await(layer));
            }
            return layers;
        } finally {
            pool.shutdownNow();
            deleteTree(tempDir);
        }
    }

    private LayerInventory analyzeLayer(ImageSource source, LayerBlob blob,
            LayerAnalyzer analyzer) throws IOException {
        String key = blob.diffId() + "#analyzer-" + Detectors.ANALYZER_VERSION;
        LayerInventory cached = cache.find(key);
        if (cached != null) {
            LOG.debug("layer cached (diffId: {}, packages: {})", blob.diffId(),
                    cached.packageCount());
            return cached;
        }
        try (LayerStream stream = source.openLayer(blob)) {
            LayerInventory layer = analyzer.analyze(stream.tar(), blob.diffId());
            // only a layer whose bytes matched its digests may be used or cached
            stream.finish();
            cache.keep(layer);
            return layer;
        }
    }

    private static LayerInventory await(Future<LayerInventory> layer) throws IOException {
        try {
            return layer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while analysing layers", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot remove temporary folder (path: {})", dir, e);
        }
    }
}
