// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.stellaops.inventory.InventoryException;

/**
 * The build information the Go linker embeds in a binary: a 32-byte header starting with
 * {@code \xff Go buildinf:} at a 16-byte aligned offset, then (Go 1.18 and later, flag bit 2)
 * the toolchain version and the module information as two varint-length strings; before 1.18
 * the header holds two pointers to Go string headers instead, which only an address map of the
 * binary resolves ({@link #decodePointers}). Decoded by hand: the format is a header and two
 * strings, and no Java library reads it.
 *
 * @param goVersion the toolchain, e.g. {@code go1.21.3}
 * @param modInfo the module lines ({@code path}, {@code mod}, {@code dep}, {@code =>},
 *     {@code build}), without the 16-byte sentinels around them; empty when not built in module
 *     mode
 */
record GoBuildInfo(String goVersion, String modInfo) {

    static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
    static final int HEADER_SIZE = 32;
    static final int ALIGN = 16;
    private static final int FLAG_BIG_ENDIAN = 0x1;
    private static final int FLAG_INLINE = 0x2;

    /** The 16-aligned offset of the magic in {@code data[from, to)}, or -1. */
    static int find(byte[] data, int from, int to) {
        int start = (from + ALIGN - 1) & -ALIGN;
        for (int at = start; at + MAGIC.length <= to; at += ALIGN) {
            if (matchesAt(data, at)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether the header at {@code at} holds the strings inline (Go 1.18 and later). */
    static boolean isInline(byte[] data, int at) {
        return (data[at + 15] & FLAG_INLINE) != 0;
    }

    /** Decodes the inline strings following the header at {@code at}. */
    static GoBuildInfo decodeInline(byte[] data, int at, int end, String path)
            throws InventoryException {
        int[] cursor = {at + HEADER_SIZE};
        byte[] version = readVarintBytes(data, cursor, end, path);
        byte[] mod = readVarintBytes(data, cursor, end, path);
        return new GoBuildInfo(utf8(version), stripSentinels(mod));
    }

    /** Decodes a pre-1.18 header by following its pointers through the ELF sections. */
    static GoBuildInfo decodePointers(byte[] data, int at, ElfImage elf, String path)
            throws InventoryException {
        int pointerSize = data[at + 14];
        if (pointerSize != 4 && pointerSize != 8 || at + HEADER_SIZE > data.length) {
            throw new InventoryException(path, "Go buildinfo at offset " + at
                    + " has pointer size " + pointerSize);
        }
        ByteOrder order = (data[at + 15] & FLAG_BIG_ENDIAN) != 0
                ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ByteBuffer header = ByteBuffer.wrap(data, at + 16, 2 * pointerSize).order(order);
        long versionAddress = pointer(header, pointerSize);
        long modAddress = pointer(header, pointerSize);
        byte[] version = readGoStringBytes(elf, versionAddress, pointerSize, order, path);
        byte[] mod = readGoStringBytes(elf, modAddress, pointerSize, order, path);
        return new GoBuildInfo(utf8(version), stripSentinels(mod));
    }

    private static boolean matchesAt(byte[] data, int at) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (data[at + i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readVarintBytes(byte[] data, int[] cursor, int end, String path)
            throws InventoryException {
        long length = 0;
        int shift = 0;
        while (true) {
            if (cursor[0] >= end || shift > 35) {
                throw new InventoryException(path, "Go buildinfo string length at offset "
                        + cursor[0] + " is truncated or too long");
            }
            int b = data[cursor[0]++] & 0xff;
            length |= (long) (b & 0x7f) << shift;
            shift += 7;
            if (b < 0x80) {
                break;
            }
        }
        if (length > end - cursor[0]) {
            throw new InventoryException(path, "Go buildinfo string of " + length
                    + " bytes at offset " + cursor[0] + " ends past the bytes read");
        }
        byte[] value = Arrays.copyOfRange(data, cursor[0], cursor[0] + (int) length);
        cursor[0] += (int) length;
        return value;
    }

    private static byte[] readGoStringBytes(ElfImage elf, long address, int pointerSize,
            ByteOrder order, String path) throws InventoryException {
        byte[] stringHeader = elf.bytesAt(address, 2L * pointerSize);
        if (stringHeader == null) {
            throw new InventoryException(path, "Go buildinfo pointer " + address
                    + " is outside the file's sections");
        }
        ByteBuffer header = ByteBuffer.wrap(stringHeader).order(order);
        long data = pointer(header, pointerSize);
        long length = pointer(header, pointerSize);
        if (length == 0) {
            return new byte[0];
        }
        byte[] bytes = length > NativeBinaryDetector.MAX_BUILDINFO_BYTES
                ? null : elf.bytesAt(data, length);
        if (bytes == null) {
            throw new InventoryException(path, "Go buildinfo string at address " + data
                    + " (" + length + " bytes) is outside the file's sections or too long");
        }
        return bytes;
    }

    private static long pointer(ByteBuffer buffer, int size) {
        return size == 8 ? buffer.getLong() : buffer.getInt() & 0xffffffffL;
    }

    /** Go wraps the module text in 16 random bytes on each side; a 17th-last '\n' marks them. */
    private static String stripSentinels(byte[] mod) {
        if (mod.length >= 33 && mod[mod.length - 17] == '\n') {
            return new String(mod, 16, mod.length - 32, StandardCharsets.UTF_8);
        }
        return "";
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
