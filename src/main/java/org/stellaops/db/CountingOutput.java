// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes the string encoding of {@link IndexFormat} and knows its absolute file position. */
final class CountingOutput {

    final DataOutputStream data;
    private final int base;

    CountingOutput(int base, DataOutputStream data) {
        this.base = base;
        this.data = data;
    }

    int position() throws IOException {
        long position = (long) base + data.size();
        if (data.size() < 0 || position > Integer.MAX_VALUE) {
            throw new IOException("snapshot index exceeds 2 GiB, the limit of format "
                    + IndexFormat.VERSION);
        }
        return (int) position;
    }

    void string(String value) throws IOException {
        if (value == null) {
            data.writeInt(-1);
            return;
        }
        bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    void bytes(byte[] value) throws IOException {
        data.writeInt(value.length);
        data.write(value);
    }

    void strings(List<String> values) throws IOException {
        data.writeInt(values.size());
        for (String value : values) {
            string(value);
        }
    }

    void flush() throws IOException {
        data.flush();
    }
}
