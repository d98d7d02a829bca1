// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

/**
 * Analyses a root file system or source tree on disk as one pseudo-layer (diff id {@code dir}).
 * Links are never followed while walking (a link out of the tree leads nowhere), so a tree is
 * read exactly as an image layer would be; links at paths detectors want are recorded and
 * resolved inside the tree by the merge.
 */
public final class DirectoryAnalyzer {

    /** Folders never descended into: version control and the kernel's virtual file systems. */
    private static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", "proc", "sys", "dev");

    private final List<PackageDetector> detectors;
    private final InventoryLimits limits;

    public DirectoryAnalyzer(List<PackageDetector> detectors, InventoryLimits limits) {
        this.detectors = List.copyOf(detectors);
        this.limits = limits;
    }

    /** Walks the tree and returns what the detectors found in it. */
    public LayerInventory analyze(Path root) throws IOException {
        LayerRecorder recorder = new LayerRecorder("dir");
        long[] entries = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean top = dir.getParent() != null && dir.getParent().equals(root);
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(root) && (name.startsWith(".git") || name.equals(".hg")
                        || name.equals(".svn") || top && SKIPPED.contains(name));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                    throws IOException {
                if (++entries[0] > limits.maxEntries()) {
                    throw new InventoryException(root.toString(), "tree has more than "
                            + limits.maxEntries() + " files");
                }
                visit(root, file, attrs, recorder);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                recorder.warn(root.relativize(file) + ": cannot read: " + e.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
        return recorder.finish(entries[0]);
    }

    private void visit(Path root, Path file, BasicFileAttributes attrs, LayerRecorder recorder)
            throws IOException {
        String path = root.relativize(file).toString().replace('\\', '/');
        if (attrs.isSymbolicLink()) {
            if (wanted(new FileEntry(path, 0, 0))) {
                recorder.symlink(path, Files.readSymbolicLink(file).toString());
            }
            return;
        }
        if (!attrs.isRegularFile()) {
            return;
        }
        FileEntry entry = new FileEntry(path, attrs.size(), modeOf(file));
        for (PackageDetector detector : detectors) {
            if (!detector.wants(entry)) {
                continue;
            }
            if (entry.size() > limits.maxFileBytes()) {
                recorder.warn(path + ": file of " + entry.size() + " bytes exceeds the limit of "
                        + limits.maxFileBytes() + " bytes, not analysed");
                return;
            }
            try {
                recorder.found(path, detector.id(),
                        detector.detect(new PathFileContent(file, path, entry.mode())));
            } catch (IOException e) {
                recorder.warn(e.getMessage());
            } catch (RuntimeException e) {
                recorder.warn(path + ": " + detector.id() + " failed: " + e);
            }
        }
    }

    private boolean wanted(FileEntry entry) {
        return detectors.stream().anyMatch(d -> d.wants(entry));
    }

    private static int modeOf(Path file) {
        try {
            Set<PosixFilePermission> permissions =
                    Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            int mode = 0;
            for (PosixFilePermission p : permissions) {
                mode |= 1 << (8 - p.ordinal());
            }
            return mode;
        } catch (UnsupportedOperationException | IOException e) {
            return Files.isExecutable(file) ? 0755 : 0644;
        }
    }
}
