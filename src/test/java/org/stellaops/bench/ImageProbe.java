// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.util.Arrays;
import java.util.Locale;
import org.stellaops.image.ImageSource;
import org.stellaops.image.ImageSources;
import org.stellaops.image.TargetKind;
import org.stellaops.inventory.Detectors;
import org.stellaops.inventory.ImageAnalysis;
import org.stellaops.inventory.Inventory;
import org.stellaops.inventory.InventoryLimits;
import org.stellaops.inventory.LayerCache;

/**
 * Times the unpack and inventory stages in process, as the server runs them: open the image,
 * analyse every layer (in parallel, one thread per core, no cache), merge. The first run pays
 * for class loading and JIT; the warm figure is the median of the later runs. With a second
 * image, also times a rescan: the first image's layers are cached in memory, then the second
 * is analysed, so only the layers it does not share are read.
 *
 * <p>Usage: {@code ImageProbe KIND TARGET RUNS [KIND2 TARGET2]} where KIND is
 * {@code docker-archive} or {@code oci}. Prints {@code key=value} pairs (ms, MiB).
 */
public final class ImageProbe {

    private ImageProbe() {
    }

    public static void main(String[] args) throws Exception {
        HeapWatch heap = new HeapWatch();
        TargetKind kind = TargetKind.fromOption(args[0]);
        int runs = Math.max(1, Integer.parseInt(args[2]));
        double[] times = new double[runs];
        Inventory inventory = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            inventory = analyze(kind, args[1], LayerCache.none());
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        double warm = runs == 1 ? times[0] : median(Arrays.copyOfRange(times, 1, runs));
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "image layers=%d packages=%d first_ms=%.0f warm_ms=%.0f",
                inventory.layers().size(), inventory.packages().size(), times[0], warm));
        if (args.length >= 5) {
            LayerCache cache = LayerCache.inMemory();
            analyze(kind, args[1], cache);
            TargetKind kind2 = TargetKind.fromOption(args[3]);
            long t0 = System.nanoTime();
            Inventory second = analyze(kind2, args[4], cache);
            double rescan = (System.nanoTime() - t0) / 1e6;
            line.append(String.format(Locale.ROOT, " rescan_ms=%.0f rescan_packages=%d",
                    rescan, second.packages().size()));
        }
        line.append(" peak_live_mib=").append(HeapWatch.mib(heap.peakLive()));
        System.out.println(line);
    }

    private static Inventory analyze(TargetKind kind, String target, LayerCache cache)
            throws Exception {
        try (ImageSource source = ImageSources.open(target, kind,
                ImageSources.Options.defaults())) {
            return new ImageAnalysis(Detectors.all(), InventoryLimits.defaults(),
                    Runtime.getRuntime().availableProcessors(), cache).analyze(source);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
