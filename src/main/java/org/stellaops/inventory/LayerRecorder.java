// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Collects what one layer's analysis finds, then orders it into a {@link LayerInventory}. */
final class LayerRecorder {

    private static final int MAX_WARNINGS = 1000;

    private final String diffId;
    private final List<FoundFile> files = new ArrayList<>();
    private final TreeSet<String> whiteouts = new TreeSet<>();
    private final TreeSet<String> opaqueDirs = new TreeSet<>();
    private final Map<String, String> symlinks = new TreeMap<>();
    private final Map<String, String> hardLinks = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private int droppedWarnings;

    LayerRecorder(String diffId) {
        this.diffId = diffId;
    }

    void found(String path, String detector, Detection detection) {
        files.add(new FoundFile(path, detector, detection));
    }

    void whiteout(String path) {
        whiteouts.add(path);
    }

    void opaque(String folder) {
        opaqueDirs.add(folder);
    }

    void symlink(String path, String target) {
        symlinks.put(path, target);
    }

    void hardLink(String path, String target) {
        hardLinks.put(path, target);
    }

    void warn(String warning) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        } else {
            droppedWarnings++;
        }
    }

    LayerInventory finish(long entries) {
        resolveHardLinks();
        if (droppedWarnings > 0) {
            warnings.add(droppedWarnings + " more warnings not listed");
        }
        files.sort(Comparator.comparing(FoundFile::path).thenComparing(FoundFile::detector));
        return new LayerInventory(diffId, Detectors.ANALYZER_VERSION, files,
                new ArrayList<>(whiteouts), new ArrayList<>(opaqueDirs), symlinks, entries,
                warnings);
    }

    /**
     * A hard link shares its target's bytes, and tar stores the target first, so the link gets
     * what the detectors found in the target. A link to a file of a lower layer cannot be read
     * in this single pass; it is reported (rare in practice: image builders write whole files).
     */
    private void resolveHardLinks() {
        hardLinks.forEach((link, target) -> {
            boolean copied = false;
            for (FoundFile file : List.copyOf(files)) {
                if (file.path().equals(target)) {
                    files.add(new FoundFile(link, file.detector(),
                            InventoryPaths.relocate(file.detection(), target, link)));
                    copied = true;
                }
            }
            if (!copied) {
                warn(link + ": hard link to " + target
                        + ", whose content this layer does not hold or no detector read");
            }
        });
    }
}
