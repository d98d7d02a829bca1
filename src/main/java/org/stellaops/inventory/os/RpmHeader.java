// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One rpm header blob as the rpm databases store it: a count of index entries, the size of the
 * data store, the entries (tag, type, offset, count; 16 bytes, big-endian) and the data store.
 * Every offset and count is checked against the data store before use, so a hostile blob fails
 * with {@link MalformedHeaderException} and never reads outside its array. Written here because
 * the Java rpm libraries (Redline, Eclipse Packager) are built around whole {@code .rpm} files,
 * not the bare header blobs databases hold, and the blob layout takes a page to read.
 */
final class RpmHeader {

    static final int NAME = 1000;
    static final int VERSION = 1001;
    static final int RELEASE = 1002;
    static final int EPOCH = 1003;
    static final int VENDOR = 1011;
    static final int LICENSE = 1014;
    static final int ARCH = 1022;
    static final int OLDFILENAMES = 1027;
    static final int SOURCERPM = 1044;
    static final int DIRINDEXES = 1116;
    static final int BASENAMES = 1117;
    static final int DIRNAMES = 1118;
    static final int MODULARITYLABEL = 5096;

    private static final int TYPE_INT32 = 4;
    private static final int TYPE_STRING = 6;
    private static final int TYPE_STRING_ARRAY = 8;
    private static final int TYPE_I18NSTRING = 9;
    /** rpm's own limits (HEADER_TAGS_MAX, HEADER_DATA_MAX in header_internal.h). */
    private static final int MAX_ENTRIES = 0xffff;
    private static final int MAX_DATA = 0x0fffffff;
    private static final int ENTRY_SIZE = 16;
    /**
     * The most values one tag may hold. The largest real packages list about 100k files; a
     * hostile blob of empty strings could otherwise make millions of list entries.
     */
    static final int MAX_VALUES = 1 << 20;

    private final byte[] blob;
    private final int dataStart;
    private final int dataLength;
    private final Map<Integer, int[]> entries; // tag -> {type, offset, count}

    private RpmHeader(byte[] blob, int dataStart, int dataLength, Map<Integer, int[]> entries) {
        this.blob = blob;
        this.dataStart = dataStart;
        this.dataLength = dataLength;
        this.entries = entries;
    }

    /** Reads the index of a blob; the data is read lazily, tag by tag. */
    static RpmHeader parse(byte[] blob) throws MalformedHeaderException {
        int start = 0;
        // a header cut out of an .rpm file starts with the header magic and 4 reserved bytes
        if (blob.length >= 8 && (blob[0] & 0xff) == 0x8e && (blob[1] & 0xff) == 0xad
                && (blob[2] & 0xff) == 0xe8 && blob[3] == 1) {
            start = 8;
        }
        if (blob.length - start < 8) {
            throw new MalformedHeaderException("blob of " + blob.length + " bytes is too short");
        }
        int count = readInt(blob, start);
        int dataLength = readInt(blob, start + 4);
        if (count < 1 || count > MAX_ENTRIES) {
            throw new MalformedHeaderException("index entry count " + count + " out of range");
        }
        if (dataLength < 0 || dataLength > MAX_DATA) {
            throw new MalformedHeaderException("data length " + dataLength + " out of range");
        }
        long dataStart = start + 8L + (long) count * ENTRY_SIZE;
        if (dataStart + dataLength > blob.length) {
            throw new MalformedHeaderException("index of " + count + " entries and " + dataLength
                    + " data bytes do not fit in a blob of " + blob.length + " bytes");
        }
        Map<Integer, int[]> entries = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int at = start + 8 + i * ENTRY_SIZE;
            int[] entry = {readInt(blob, at + 4), readInt(blob, at + 8), readInt(blob, at + 12)};
            if (entry[1] < 0 || entry[1] >= Math.max(dataLength, 1) || entry[2] < 0) {
                throw new MalformedHeaderException("entry " + i + " (tag " + readInt(blob, at)
                        + ") has offset " + entry[1] + " and count " + entry[2]
                        + " outside the data store of " + dataLength + " bytes");
            }
            entries.putIfAbsent(readInt(blob, at), entry);
        }
        return new RpmHeader(blob, (int) dataStart, dataLength, entries);
    }

    /** A string tag (the first string of an array or i18n string), or null when absent. */
    String string(int tag) throws MalformedHeaderException {
        int[] entry = entries.get(tag);
        if (entry == null || entry[2] < 1 || !isStringType(entry[0])) {
            return null;
        }
        return readStrings(tag, entry[1], 1).get(0);
    }

    /** A string array tag, or an empty list when absent. */
    List<String> strings(int tag) throws MalformedHeaderException {
        int[] entry = entries.get(tag);
        if (entry == null || !isStringType(entry[0])) {
            return List.of();
        }
        return readStrings(tag, entry[1], entry[2]);
    }

    /** An int32 array tag, or an empty array when absent. */
    int[] ints(int tag) throws MalformedHeaderException {
        int[] entry = entries.get(tag);
        if (entry == null || entry[0] != TYPE_INT32) {
            return new int[0];
        }
        if ((long) entry[2] * 4 > dataLength - entry[1] || entry[2] > MAX_VALUES) {
            throw new MalformedHeaderException("tag " + tag + ": " + entry[2]
                    + " int32 values run past the data store or the limit");
        }
        int[] values = new int[entry[2]];
        for (int i = 0; i < values.length; i++) {
            values[i] = readInt(blob, dataStart + entry[1] + 4 * i);
        }
        return values;
    }

    /** The first value of an int32 tag, or null when absent. */
    Integer integer(int tag) throws MalformedHeaderException {
        int[] values = ints(tag);
        return values.length == 0 ? null : values[0];
    }

    private List<String> readStrings(int tag, int offset, int count)
            throws MalformedHeaderException {
        // every string takes at least its NUL byte, so a larger count cannot be honest
        if (count > dataLength - offset || count > MAX_VALUES) {
            throw new MalformedHeaderException("tag " + tag + ": " + count
                    + " strings are more than the data store holds or the limit allows");
        }
        List<String> values = new ArrayList<>(count);
        int at = dataStart + offset;
        int end = dataStart + dataLength;
        for (int i = 0; i < count; i++) {
            int nul = at;
            while (nul < end && blob[nul] != 0) {
                nul++;
            }
            if (nul == end) {
                throw new MalformedHeaderException("tag " + tag
                        + ": string not terminated inside the data store");
            }
            values.add(new String(blob, at, nul - at, StandardCharsets.UTF_8));
            at = nul + 1;
        }
        return values;
    }

    private static boolean isStringType(int type) {
        return type == TYPE_STRING || type == TYPE_STRING_ARRAY || type == TYPE_I18NSTRING;
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16
                | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
    }

    /** A blob whose index or data does not hold together. */
    static final class MalformedHeaderException extends Exception {
        MalformedHeaderException(String reason) {
            super(reason);
        }
    }
}
