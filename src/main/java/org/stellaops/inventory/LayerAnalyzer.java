// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses one image layer from its uncompressed tar stream, in one pass: every regular file a
 * detector wants is offered to it while the tar streams by; nothing else is kept or written.
 * The result depends only on the layer's bytes, so it can be cached by diff id.
 *
 * <p>Entries are hostile: names are normalised and those escaping the root skipped, device
 * files and fifos ignored, oversized files skipped with a warning, and an entry count above the
 * limit fails the layer. Whiteouts and opaque-folder markers are recorded for the merge.
 */
public final class LayerAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(LayerAnalyzer.class);
    private static final String WHITEOUT = ".wh.";
    private static final String OPAQUE = ".wh..wh..opq";

    private final List<PackageDetector> detectors;
    private final InventoryLimits limits;
    private final Path tempDir;

    /**
     * @param tempDir a private folder for the files a detector asks to spool; the caller owns
     *     and removes it
     */
    public LayerAnalyzer(List<PackageDetector> detectors, InventoryLimits limits, Path tempDir) {
        this.detectors = List.copyOf(detectors);
        this.limits = limits;
        this.tempDir = tempDir;
    }

    /** Reads the tar to its end and returns what the detectors found in it. */
    public LayerInventory analyze(InputStream tar, String diffId) throws IOException {
        LayerRecorder recorder = new LayerRecorder(diffId);
        long entries = 0;
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            if (++entries > limits.maxEntries()) {
                throw new InventoryException(diffId, "layer has more than "
                        + limits.maxEntries() + " entries");
            }
            analyzeEntry(in, entry, recorder);
        }
        // drain the end-of-archive padding so the caller's digest covers every byte
        tar.transferTo(OutputStream.nullOutputStream());
        LayerInventory result = recorder.finish(entries);
        LOG.debug("layer analysed (diffId: {}, entries: {}, files read: {}, packages: {})",
                diffId, entries, result.files().size(), result.packageCount());
        return result;
    }

    private void analyzeEntry(InputStream in, TarArchiveEntry entry, LayerRecorder recorder)
            throws IOException {
        String name = entry.getName();
        if (name.length() > limits.maxPathLength()) {
            recorder.warn("entry name of " + name.length() + " characters skipped");
            return;
        }
        String path = EntryPaths.normalise(name);
        if (path == null) {
            if (!name.isEmpty() && !name.equals("./") && !name.equals("/")
                    && !name.equals(".")) {
                recorder.warn(name + ": entry escapes the layer root, skipped");
            }
            return;
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        if (fileName.startsWith(WHITEOUT)) {
            recordWhiteout(path, fileName, recorder);
            return;
        }
        if (entry.isSymbolicLink()) {
            if (wanted(new FileEntry(path, 0, 0))) {
                recorder.symlink(path, entry.getLinkName());
            }
            return;
        }
        if (entry.isLink()) {
            String target = EntryPaths.normalise(entry.getLinkName());
            if (target != null && wanted(new FileEntry(path, 0, entry.getMode()))) {
                recorder.hardLink(path, target);
            }
            return;
        }
        if (!entry.isFile()) {
            return;
        }
        FileEntry file = new FileEntry(path, entry.getSize(), entry.getMode());
        List<PackageDetector> takers = takersOf(file);
        if (takers.isEmpty()) {
            return;
        }
        if (file.size() > limits.maxFileBytes()) {
            recorder.warn(path + ": file of " + file.size() + " bytes exceeds the limit of "
                    + limits.maxFileBytes() + " bytes, not analysed");
            return;
        }
        offer(in, file, takers, recorder);
    }

    private void recordWhiteout(String path, String fileName, LayerRecorder recorder) {
        int slash = path.lastIndexOf('/');
        String parent = slash < 0 ? "" : path.substring(0, slash);
        if (fileName.equals(OPAQUE)) {
            recorder.opaque(parent);
        } else {
            String hidden = fileName.substring(WHITEOUT.length());
            recorder.whiteout(parent.isEmpty() ? hidden : parent + "/" + hidden);
        }
    }

    private void offer(InputStream in, FileEntry file, List<PackageDetector> takers,
            LayerRecorder recorder) throws IOException {
        StreamedFileContent content = new StreamedFileContent(file, in, tempDir);
        try {
            if (takers.size() == 1) {
                detect(takers.get(0), content, recorder);
                return;
            }
            // several detectors read the same file: keep one copy for all of them
            Path copy = content.spool();
            for (PackageDetector detector : takers) {
                detect(detector, new PathFileContent(copy, file.path(), file.mode()), recorder);
            }
        } finally {
            content.discard();
        }
    }

    private void detect(PackageDetector detector, FileContent content, LayerRecorder recorder) {
        String path = content.entry().path();
        try {
            recorder.found(path, detector.id(), detector.detect(content));
        } catch (IOException e) {
            recorder.warn(e.getMessage());
        } catch (RuntimeException e) {
            // a detector bug or input it did not foresee must not lose the rest of the layer
            LOG.warn("detector failed (detector: {}, path: {})", detector.id(), path, e);
            recorder.warn(path + ": " + detector.id() + " failed: " + e);
        }
    }

    private List<PackageDetector> takersOf(FileEntry file) {
        List<PackageDetector> takers = new ArrayList<>(1);
        for (PackageDetector detector : detectors) {
            if (detector.wants(file)) {
                takers.add(detector);
            }
        }
        return takers;
    }

    private boolean wanted(FileEntry file) {
        for (PackageDetector detector : detectors) {
            if (detector.wants(file)) {
                return true;
            }
        }
        return false;
    }

    /** Makes the private temporary folder analyzers spool into. */
    public static Path createTempDir() throws IOException {
        return Files.createTempDirectory("stella-layer-");
    }
}
