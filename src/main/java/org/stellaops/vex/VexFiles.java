// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds and reads VEX files. A directory contributes every regular file below it whose name
 * ends in {@code .json} or {@code .xml}, at any depth, sorted by path, so the same tree always
 * loads in the same order. Symbolic links inside a directory are not followed (neither to
 * files nor to directories), so a link cannot pull in files from outside it; a path named
 * explicitly is read wherever it points. No file is read past {@link #LIMIT} bytes.
 */
final class VexFiles {

    /** 32 MiB: larger than any real VEX document we know (Red Hat's biggest are a few MB). */
    static final long LIMIT = 32L * 1024 * 1024;

    private VexFiles() {
    }

    /** The files to read, in order: explicit files as given, each directory's files sorted. */
    static List<Path> expand(List<Path> filesOrDirs) throws VexException {
        List<Path> files = new ArrayList<>();
        for (Path path : filesOrDirs) {
            if (Files.isDirectory(path)) {
                files.addAll(filesUnder(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new VexException(path.toString(), null, "no such file or directory");
            }
        }
        return files;
    }

    private static List<Path> filesUnder(Path directory) throws VexException {
        // Files.walk does not follow links unless asked to, and a link is no regular file
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(VexFiles::hasVexExtension)
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new VexException(directory.toString(), null, "cannot list: " + e.getMessage());
        }
    }

    private static boolean hasVexExtension(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".xml");
    }

    /** The file's bytes; refuses one longer than the limit without reading past it. */
    static byte[] read(Path file) throws VexException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) LIMIT + 1);
            if (bytes.length > LIMIT) {
                throw new VexException(file.toString(), null, "larger than the VEX size limit of "
                        + LIMIT + " bytes (32 MiB)");
            }
            return bytes;
        } catch (IOException e) {
            throw new VexException(file.toString(), null, "cannot read: " + e.getMessage());
        }
    }
}
