// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.stellaops.inventory.InventoryException;

/**
 * The section table of an ELF file held in memory, 32- or 64-bit, either byte order. Written by
 * hand because no maintained Java ELF reader is small enough to be worth a dependency for
 * reading one table; every offset read is checked against the file's length.
 */
final class ElfImage {

    private static final int SHT_NOBITS = 8;

    private final byte[] file;
    private final String path;
    private final ByteBuffer buffer;
    private final boolean wide;
    private final List<Section> sections;

    /** One section: where it is loaded and where its bytes lie in the file. */
    record Section(String name, long address, long offset, long size, boolean inFile) {
    }

    private ElfImage(byte[] file, String path) throws InventoryException {
        this.file = file;
        this.path = path;
        if (!isElf(file) || file.length < 0x34) {
            throw new InventoryException(path, "not an ELF file or header truncated");
        }
        this.wide = file[4] == 2;
        ByteOrder order = file[5] == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        this.buffer = ByteBuffer.wrap(file).order(order);
        this.sections = readSections();
    }

    static boolean isElf(byte[] head) {
        return head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L'
                && head[3] == 'F';
    }

    /** The sections of an ELF file. */
    static ElfImage parse(byte[] file, String path) throws InventoryException {
        return new ElfImage(file, path);
    }

    /** The first section of that name, or null. */
    Section section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** The bytes of a section with file contents. */
    byte[] bytes(Section section) throws InventoryException {
        return slice(section.offset(), section.size(), "section " + section.name());
    }

    /** {@code length} bytes at a virtual address, or null when no section in the file maps it. */
    byte[] bytesAt(long address, long length) throws InventoryException {
        for (Section s : sections) {
            if (s.inFile() && address >= s.address() && address - s.address() < s.size()) {
                if (length > s.size() - (address - s.address())) {
                    return null;
                }
                return slice(s.offset() + address - s.address(), length, "address " + address);
            }
        }
        return null;
    }

    private List<Section> readSections() throws InventoryException {
        long tableOffset = wide ? buffer.getLong(0x28) : u32(0x20);
        int entrySize = u16(wide ? 0x3A : 0x2E);
        int count = u16(wide ? 0x3C : 0x30);
        int namesIndex = u16(wide ? 0x3E : 0x32);
        if (count == 0) {
            return List.of();
        }
        if (entrySize < (wide ? 0x40 : 0x28) || tableOffset < 0 || tableOffset > file.length
                || (long) entrySize * count > file.length - tableOffset) {
            throw new InventoryException(path, "truncated ELF: section header table at offset "
                    + tableOffset + " (" + count + " entries of " + entrySize
                    + " bytes) ends past the end of the file (" + file.length + " bytes)");
        }
        if (namesIndex >= count) {
            throw new InventoryException(path, "ELF section name table index " + namesIndex
                    + " out of range");
        }
        List<long[]> raw = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            raw.add(readHeader((int) (tableOffset + (long) i * entrySize)));
        }
        long[] names = raw.get(namesIndex);
        byte[] nameTable = slice(names[3], names[4], "section name table");
        List<Section> read = new ArrayList<>();
        for (long[] h : raw) {
            read.add(new Section(name(nameTable, (int) h[0]), h[2], h[3], h[4],
                    h[1] != SHT_NOBITS));
        }
        return List.copyOf(read);
    }

    /** name offset, type, address, file offset, size. */
    private long[] readHeader(int at) {
        if (wide) {
            return new long[] {u32(at), u32(at + 4), buffer.getLong(at + 0x10),
                buffer.getLong(at + 0x18), buffer.getLong(at + 0x20)};
        }
        return new long[] {u32(at), u32(at + 4), u32(at + 0x0C), u32(at + 0x10),
            u32(at + 0x14)};
    }

    private static String name(byte[] table, int offset) {
        if (offset < 0 || offset >= table.length) {
            return "";
        }
        int end = offset;
        while (end < table.length && table[end] != 0) {
            end++;
        }
        return new String(table, offset, end - offset, StandardCharsets.US_ASCII);
    }

    private byte[] slice(long offset, long length, String what) throws InventoryException {
        if (offset < 0 || length < 0 || offset > file.length || length > file.length - offset) {
            throw new InventoryException(path, "truncated ELF: " + what + " at offset " + offset
                    + " (" + length + " bytes) ends past the end of the file (" + file.length
                    + " bytes)");
        }
        byte[] out = new byte[(int) length];
        System.arraycopy(file, (int) offset, out, 0, (int) length);
        return out;
    }

    private long u32(int at) {
        return buffer.getInt(at) & 0xffffffffL;
    }

    private int u16(int at) {
        return buffer.getShort(at) & 0xffff;
    }
}
