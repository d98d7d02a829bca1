// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A cursor over a shared read-only buffer. Only absolute reads touch the buffer, so any number
 * of cursors may read one mapped index from many threads at once.
 */
final class MappedReader {

    private final ByteBuffer buffer;
    private int position;

    MappedReader(ByteBuffer buffer, int position) {
        this.buffer = buffer;
        this.position = position;
    }

    int position() {
        return position;
    }

    int readInt() {
        int value = buffer.getInt(position);
        position += 4;
        return value;
    }

    long readLong() {
        long value = buffer.getLong(position);
        position += 8;
        return value;
    }

    double readDouble() {
        double value = buffer.getDouble(position);
        position += 8;
        return value;
    }

    byte readByte() {
        return buffer.get(position++);
    }

    String readString() {
        int length = readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        buffer.get(position, bytes);
        position += length;
        return new String(bytes, StandardCharsets.UTF_8);
    }

    List<String> readStrings() {
        int count = readInt();
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(readString());
        }
        return values;
    }

    void skipString() {
        int length = readInt();
        position += Math.max(0, length);
    }
}
