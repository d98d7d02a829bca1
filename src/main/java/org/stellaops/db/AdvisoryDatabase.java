// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stellaops.feed.FeedImport;

/**
 * The advisory database: a directory of immutable snapshots named by content digest, a
 * {@code current} pointer and a {@code history} of the snapshots that were current, oldest
 * first.
 *
 * <p>An install writes the new snapshot in a staging folder, renames it into place and only
 * then replaces {@code current} by an atomic rename. A crash at any point leaves the previous
 * snapshot current and whole; readers only ever open complete snapshots. Installs hold an
 * exclusive file lock, so two imports never interleave.
 */
public final class AdvisoryDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryDatabase.class);

    private final Path root;
    private final int keep;

    /**
     * @param root the database directory (created on first install)
     * @param keep how many snapshots to keep, current included (at least 1)
     */
    public AdvisoryDatabase(Path root, int keep) {
        this.root = root;
        this.keep = Math.max(1, keep);
    }

    public Path root() {
        return root;
    }

    /** Installs an import as the current snapshot and returns its manifest. */
    public SnapshotManifest install(FeedImport feed) throws IOException, DatabaseException {
        Files.createDirectories(root.resolve(SnapshotFiles.SNAPSHOTS));
        try (FileChannel lockFile = FileChannel.open(root.resolve(SnapshotFiles.LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockFile)) {
            // A crashed install may have left a half-written snapshot; no reader looks there.
            FileTrees.deleteRecursively(root.resolve(SnapshotFiles.STAGING));
            SnapshotManifest manifest = ManifestBuilder.build(feed);
            Path target = snapshotDir(feed.digest());
            if (Files.isDirectory(target)) {
                LOG.info("snapshot already present (digest: {})", feed.digest());
            } else {
                writeStaged(feed, manifest, target);
            }
            recordInHistory(feed.digest());
            replaceAtomically(root.resolve(SnapshotFiles.CURRENT), feed.digest());
            prune();
            LOG.info("snapshot current (digest: {}, advisories: {}, date: {})",
                    manifest.digest(), manifest.advisories(), manifest.snapshotDate());
            return manifest;
        }
    }

    private void writeStaged(FeedImport feed, SnapshotManifest manifest, Path target)
            throws IOException {
        Path staging = root.resolve(SnapshotFiles.STAGING);
        Path dir = Files.createDirectories(staging.resolve(hexOf(feed.digest())));
        new SnapshotWriter(feed).write(dir);
        ManifestCodec.write(manifest, dir.resolve(SnapshotFiles.MANIFEST));
        FileTrees.fsync(dir.resolve(SnapshotFiles.RECORDS));
        FileTrees.fsync(dir.resolve(SnapshotFiles.MANIFEST));
        FileTrees.fsync(dir);
        Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
        FileTrees.fsync(target.getParent());
        FileTrees.deleteRecursively(staging);
    }

    /**
     * Takes the install lock or says who holds it. Another process shows as a null lock; another
     * install in this JVM shows as an OverlappingFileLockException, since the JVM keeps its own
     * record of the locks it holds.
     */
    private FileLock tryLock(FileChannel lockFile) throws IOException, DatabaseException {
        FileLock lock;
        try {
            lock = lockFile.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new DatabaseException("another import holds the lock on " + root);
        }
        return lock;
    }

    /** The digest of the current snapshot, if any import ever succeeded. */
    public Optional<String> currentDigest() throws IOException {
        try {
            String digest = Files.readString(root.resolve(SnapshotFiles.CURRENT)).strip();
            return digest.isEmpty() ? Optional.empty() : Optional.of(digest);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** The snapshots kept, oldest first, as recorded in the history. */
    public List<String> keptDigests() throws IOException {
        List<String> kept = new ArrayList<>();
        for (String digest : readHistory()) {
            if (Files.isDirectory(snapshotDir(digest))) {
                kept.add(digest);
            }
        }
        return kept;
    }

    /**
     * Opens a snapshot: the current one when {@code digest} is null, else the kept snapshot
     * whose digest is {@code digest} (with or without {@code sha256:}, or a unique prefix of at
     * least 8 hex digits).
     */
    public Snapshot open(String digest) throws IOException, DatabaseException {
        String chosen = digest == null ? currentOrFail() : resolve(digest);
        Path dir = snapshotDir(chosen);
        for (String file : List.of(SnapshotFiles.MANIFEST, SnapshotFiles.INDEX,
                SnapshotFiles.RECORDS)) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new DatabaseException("snapshot " + chosen + " is not complete in " + root
                        + " (" + file + " missing)");
            }
        }
        return Snapshot.open(dir);
    }

    private String currentOrFail() throws IOException, DatabaseException {
        return currentDigest().orElseThrow(() -> new DatabaseException(
                "no advisory snapshot in " + root + ": run `stella db import` first"));
    }

    private String resolve(String requested) throws IOException, DatabaseException {
        String hex = hexOf(requested.strip()).toLowerCase(java.util.Locale.ROOT);
        if (hex.length() < 8 || !hex.matches("[0-9a-f]+")) {
            throw new DatabaseException("'" + requested + "' is not a snapshot digest (sha256 hex, "
                    + "or a unique prefix of at least 8 hex digits)");
        }
        List<String> matches = new ArrayList<>();
        for (String kept : keptDigests()) {
            if (hexOf(kept).startsWith(hex)) {
                matches.add(kept);
            }
        }
        if (matches.size() != 1) {
            throw new DatabaseException(matches.isEmpty()
                    ? "no kept snapshot matches " + requested + " in " + root
                    : "'" + requested + "' matches several snapshots: " + matches);
        }
        return matches.get(0);
    }

    private void recordInHistory(String digest) throws IOException {
        List<String> history = readHistory();
        history.remove(digest);
        history.add(digest);
        replaceAtomically(root.resolve(SnapshotFiles.HISTORY), String.join("\n", history));
    }

    private List<String> readHistory() throws IOException {
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(root.resolve(SnapshotFiles.HISTORY))) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            return lines;
        } catch (NoSuchFileException e) {
            return new ArrayList<>();
        }
    }

    /** Deletes snapshots beyond the newest {@code keep} of the history; never the current. */
    private void prune() throws IOException {
        List<String> history = readHistory();
        List<String> kept = history.subList(Math.max(0, history.size() - keep), history.size());
        List<String> keptHex = kept.stream().map(AdvisoryDatabase::hexOf).toList();
        try (var dirs = Files.list(root.resolve(SnapshotFiles.SNAPSHOTS))) {
            for (Path dir : dirs.sorted().toList()) {
                if (!keptHex.contains(dir.getFileName().toString())) {
                    LOG.info("snapshot pruned (digest: sha256:{})", dir.getFileName());
                    FileTrees.deleteRecursively(dir);
                }
            }
        }
        if (kept.size() < history.size()) {
            replaceAtomically(root.resolve(SnapshotFiles.HISTORY), String.join("\n", kept));
        }
    }

    private Path snapshotDir(String digest) {
        return root.resolve(SnapshotFiles.SNAPSHOTS).resolve(hexOf(digest));
    }

    static String hexOf(String digest) {
        return digest.startsWith("sha256:") ? digest.substring("sha256:".length()) : digest;
    }

    private static void replaceAtomically(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, content + "\n", StandardCharsets.UTF_8);
        FileTrees.fsync(temp);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        FileTrees.fsync(file.getParent());
    }
}
