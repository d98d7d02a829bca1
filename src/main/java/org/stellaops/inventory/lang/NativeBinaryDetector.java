// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.InventoryException;
import org.stellaops.inventory.PackageDetector;

/**
 * Go modules and cargo-auditable Rust crates compiled into executables, from one pass over the
 * file (a content is consumed once, and the Go and Rust checks share it). Files that do not start
 * with an ELF, Mach-O or PE magic are left after their first bytes. An ELF of at most
 * {@value #MAX_ELF_BYTES} bytes is held in memory: its section table (at the end of the file)
 * locates {@code .go.buildinfo} and {@code .dep-v0}, and resolves the pointers of pre-1.18 Go
 * build information. Larger ELF files and Mach-O or PE binaries are streamed in blocks, searching
 * for the Go build information only and keeping at most {@value #MAX_BUILDINFO_BYTES} bytes after
 * it; their pre-1.18 Go build information and Rust data are not read (a warning says so for Go).
 *
 * <p>The detector's id is {@code native-binary}; each package names what found it:
 * {@code go-binary} or {@code rust-auditable}.
 *
 * <p>Known cost: every executable ELF up to 64 MiB is read whole into memory, Go or not (a 42 MB
 * Go binary takes ~0.2 s), because the section table sits at the end and the content is a
 * one-pass stream. Reading only the ELF header, the section table and two sections would need
 * random access to the file, i.e. spooling it first or a seekable {@code FileContent}.
 */
final class NativeBinaryDetector implements PackageDetector {

    static final String ID = "native-binary";
    static final long MAX_ELF_BYTES = 64L << 20;
    static final int MAX_BUILDINFO_BYTES = 1 << 20;
    private static final int BLOCK = 1 << 16;
    private static final int HEAD = 64;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.executable() && entry.size() >= HEAD;
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        try (InputStream in = content.stream()) {
            byte[] head = in.readNBytes(HEAD);
            if (ElfImage.isElf(head) && content.entry().size() <= MAX_ELF_BYTES) {
                return detectInMemory(readAll(head, in, content.entry().size(), path), path);
            }
            if (ElfImage.isElf(head) || isMachO(head) || isPe(head)) {
                return detectStreaming(head, in, path);
            }
            return Detection.empty();
        }
    }

    private static Detection detectInMemory(byte[] file, String path) throws IOException {
        List<InstalledPackage> packages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ElfImage elf = null;
        try {
            elf = ElfImage.parse(file, path);
        } catch (InventoryException e) {
            warnings.add(e.getMessage());
        }
        ElfImage.Section goSection = elf == null ? null : elf.section(".go.buildinfo");
        boolean inSection = goSection != null && goSection.inFile()
                && goSection.offset() + goSection.size() <= file.length;
        // Go 1.18+ strings lie inside the section; pre-1.18 and section-less files get the bound
        int from = inSection ? (int) goSection.offset() : 0;
        int end = inSection ? (int) (goSection.offset() + goSection.size()) : file.length;
        int at = GoBuildInfo.find(file, from, end);
        if (at >= 0 && at + GoBuildInfo.HEADER_SIZE <= end) {
            readGo(file, at, end, elf, path, packages, warnings);
        }
        ElfImage.Section rust = elf == null ? null : elf.section(RustAuditData.SECTION);
        if (rust != null && rust.inFile()) {
            try {
                packages.addAll(RustAuditData.read(elf.bytes(rust), path));
            } catch (InventoryException e) {
                warnings.add(e.getMessage());
            }
        }
        return Detection.of(packages, warnings);
    }

    private static void readGo(byte[] file, int at, int sectionEnd, ElfImage elf, String path,
            List<InstalledPackage> packages, List<String> warnings) {
        try {
            int end = (int) Math.min(sectionEnd, (long) at + MAX_BUILDINFO_BYTES);
            GoBuildInfo info;
            if (GoBuildInfo.isInline(file, at)) {
                info = GoBuildInfo.decodeInline(file, at, end, path);
            } else if (elf != null) {
                info = GoBuildInfo.decodePointers(file, at, elf, path);
            } else {
                warnings.add(path + ": Go < 1.18 binary, buildinfo not read");
                return;
            }
            packages.addAll(GoModules.of(info, path).packages());
        } catch (InventoryException e) {
            warnings.add(e.getMessage());
        }
    }

    /** Reads blocks until the Go magic, then keeps what follows it up to the bound. */
    private static Detection detectStreaming(byte[] head, InputStream in, String path)
            throws IOException {
        byte[] block = new byte[BLOCK];
        System.arraycopy(head, 0, block, 0, head.length);
        int filled = head.length + in.readNBytes(block, head.length, BLOCK - head.length);
        while (filled > 0) {
            int at = GoBuildInfo.find(block, 0, filled);
            if (at >= 0) {
                byte[] rest = in.readNBytes(MAX_BUILDINFO_BYTES - (filled - at));
                byte[] info = new byte[filled - at + rest.length];
                System.arraycopy(block, at, info, 0, filled - at);
                System.arraycopy(rest, 0, info, filled - at, rest.length);
                return decodeStreamed(info, path);
            }
            filled = in.readNBytes(block, 0, BLOCK);
        }
        return Detection.empty();
    }

    private static Detection decodeStreamed(byte[] info, String path) {
        List<InstalledPackage> packages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (info.length >= GoBuildInfo.HEADER_SIZE) {
            readGo(info, 0, info.length, null, path, packages, warnings);
        }
        return Detection.of(packages, warnings);
    }

    /** The whole file, sized by its entry; a stream longer than the entry promised is refused. */
    private static byte[] readAll(byte[] head, InputStream in, long size, String path)
            throws IOException {
        byte[] file = Arrays.copyOf(head, (int) Math.max(size, head.length));
        int read = head.length + in.readNBytes(file, head.length, file.length - head.length);
        if (in.read() >= 0) {
            throw new InventoryException(path, "ELF file longer than its entry size of " + size
                    + " bytes");
        }
        return read == file.length ? file : Arrays.copyOf(file, read);
    }

    private static boolean isMachO(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        int magic = (head[0] & 0xff) << 24 | (head[1] & 0xff) << 16 | (head[2] & 0xff) << 8
                | head[3] & 0xff;
        return magic == 0xfeedface || magic == 0xfeedfacf || magic == 0xcefaedfe
                || magic == 0xcffaedfe;
    }

    private static boolean isPe(byte[] head) {
        return head.length >= 2 && head[0] == 'M' && head[1] == 'Z';
    }
}
