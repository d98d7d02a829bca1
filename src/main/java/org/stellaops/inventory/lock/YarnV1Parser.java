// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.util.ArrayList;
import java.util.List;
import org.stellaops.inventory.InventoryException;

/**
 * The entries of a classic (v1) {@code yarn.lock}. That format is yarn's own (YAML-like, not
 * YAML) and no maintained Java parser exists; what we need of it is small: a header line of
 * descriptors at column 0 ending in ':', and the entry's {@code version} at two spaces. Other
 * keys and nested blocks are passed over.
 */
final class YarnV1Parser {

    /** One entry: the descriptors of its header ({@code a@^1}, {@code a@~1.2}) and its version. */
    record Entry(List<String> descriptors, String version, int line) {
    }

    private YarnV1Parser() {
    }

    static List<Entry> parse(String text, String path) throws InventoryException {
        List<Entry> entries = new ArrayList<>();
        List<String> descriptors = null;
        String version = null;
        int headerLine = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!line.startsWith(" ")) {
                addEntry(entries, descriptors, version, headerLine);
                descriptors = parseHeader(line, path, i + 1);
                version = null;
                headerLine = i + 1;
            } else if (descriptors == null) {
                throw new InventoryException(path, "line " + (i + 1)
                        + ": indented line before any entry");
            } else if (line.startsWith("  version ")) {
                version = unquote(line.substring(10).trim(), path, i + 1);
            }
        }
        addEntry(entries, descriptors, version, headerLine);
        return entries;
    }

    private static void addEntry(List<Entry> entries, List<String> descriptors, String version,
            int line) {
        if (descriptors != null) {
            entries.add(new Entry(descriptors, version, line));
        }
    }

    private static List<String> parseHeader(String line, String path, int number)
            throws InventoryException {
        String header = line.stripTrailing();
        if (!header.endsWith(":")) {
            throw new InventoryException(path, "line " + number
                    + ": entry header does not end with ':'");
        }
        List<String> descriptors = new ArrayList<>();
        for (String part : header.substring(0, header.length() - 1).split(",")) {
            String descriptor = unquote(part.trim(), path, number);
            if (!descriptor.isEmpty()) {
                descriptors.add(descriptor);
            }
        }
        if (descriptors.isEmpty()) {
            throw new InventoryException(path, "line " + number + ": entry header names nothing");
        }
        return descriptors;
    }

    private static String unquote(String value, String path, int number)
            throws InventoryException {
        if (!value.startsWith("\"")) {
            return value;
        }
        if (value.length() < 2 || !value.endsWith("\"")) {
            throw new InventoryException(path, "line " + number + ": unterminated quoted string");
        }
        return value.substring(1, value.length() - 1);
    }
}
