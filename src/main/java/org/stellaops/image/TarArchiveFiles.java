// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.apache.commons.io.input.BoundedInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * Members of an outer image tar, read by seeking with commons-compress {@link TarFile}; nothing
 * is extracted. Members with unsafe names are left out of the index, so they cannot be opened.
 */
final class TarArchiveFiles implements ArchiveFiles {

    private final Path file;
    private final TarFile tar;
    private final Map<String, TarArchiveEntry> members = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();

    TarArchiveFiles(Path file) throws IOException {
        this.file = file;
        try {
            this.tar = new TarFile(file);
        } catch (IOException e) {
            throw new ImageException(file + " is not a readable tar: " + e.getMessage(), e);
        }
        for (TarArchiveEntry entry : tar.getEntries()) {
            String name = entry.getName().startsWith("./")
                    ? entry.getName().substring(2) : entry.getName();
            if (entry.isFile()) {
                members.putIfAbsent(name, entry);
            } else if (entry.isSymbolicLink()) {
                // docker save links a layer.tar shared by two images to the first copy.
                links.putIfAbsent(name, linkTarget(name, entry.getLinkName()));
            }
        }
    }

    private static String linkTarget(String name, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        int slash = name.lastIndexOf('/');
        String joined = slash < 0 ? target : name.substring(0, slash + 1) + target;
        return Path.of(joined).normalize().toString();
    }

    @Override
    public boolean exists(String path) {
        return members.containsKey(path) || links.containsKey(path);
    }

    @Override
    public InputStream open(String path) throws IOException {
        String name = ArchiveFiles.safeName(path, describe());
        for (int hops = 0; hops < 8 && links.containsKey(name); hops++) {
            name = ArchiveFiles.safeName(links.get(name), describe() + " link " + path);
        }
        TarArchiveEntry entry = members.get(name);
        if (entry == null) {
            throw new ImageException(describe() + " has no file " + name);
        }
        if (entry.isSparse()) {
            throw new ImageException(describe() + ": member " + name + " is a sparse file, which"
                    + " image archives never hold");
        }
        // One channel per member: layers are read in parallel, and TarFile's own member streams
        // share a single channel whose position they would move under each other.
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            channel.position(entry.getDataOffset());
            return BoundedInputStream.builder()
                    .setInputStream(new BufferedInputStream(Channels.newInputStream(channel),
                            1 << 16))
                    .setMaxCount(entry.getSize())
                    .setPropagateClose(true)
                    .get();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public void close() throws IOException {
        tar.close();
    }
}
