// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal little-endian ELF64 file with the given sections (no program headers), for tests
 * of section lookup; section data is 16-byte aligned, addresses equal file offsets.
 */
final class TestElf {

    private final Map<String, byte[]> sections = new LinkedHashMap<>();

    TestElf section(String name, byte[] data) {
        sections.put(name, data);
        return this;
    }

    byte[] build() {
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        names.write(0);
        Map<String, Integer> nameOffsets = new LinkedHashMap<>();
        for (String name : sections.keySet()) {
            nameOffsets.put(name, names.size());
            names.writeBytes((name + "\0").getBytes(StandardCharsets.US_ASCII));
        }
        nameOffsets.put(".shstrtab", names.size());
        names.writeBytes(".shstrtab\0".getBytes(StandardCharsets.US_ASCII));
        Map<String, byte[]> all = new LinkedHashMap<>(sections);
        all.put(".shstrtab", names.toByteArray());

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[64]);
        Map<String, long[]> placed = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> s : all.entrySet()) {
            pad(body);
            placed.put(s.getKey(), new long[] {body.size(), s.getValue().length});
            body.writeBytes(s.getValue());
        }
        pad(body);
        long tableOffset = body.size();
        ByteBuffer table = ByteBuffer.allocate(64 * (all.size() + 1))
                .order(ByteOrder.LITTLE_ENDIAN);
        table.position(64); // section 0 is the null section
        for (Map.Entry<String, long[]> s : placed.entrySet()) {
            int at = table.position();
            table.putInt(at, nameOffsets.get(s.getKey()));
            table.putInt(at + 4, s.getKey().equals(".shstrtab") ? 3 : 1);
            table.putLong(at + 0x10, s.getValue()[0]);
            table.putLong(at + 0x18, s.getValue()[0]);
            table.putLong(at + 0x20, s.getValue()[1]);
            table.position(at + 64);
        }
        body.writeBytes(table.array());

        byte[] file = body.toByteArray();
        ByteBuffer header = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        header.put(0, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1});
        header.putShort(0x10, (short) 2);
        header.putShort(0x12, (short) 0x3e);
        header.putLong(0x28, tableOffset);
        header.putShort(0x34, (short) 64);
        header.putShort(0x3A, (short) 64);
        header.putShort(0x3C, (short) (all.size() + 1));
        header.putShort(0x3E, (short) all.size());
        return file;
    }

    private static void pad(ByteArrayOutputStream out) {
        while (out.size() % 16 != 0) {
            out.write(0);
        }
    }
}
