// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.InventoryException;

/**
 * The RFC 822-style header block of Python core metadata, read up to the first blank line (the
 * body holds the long description and is never parsed); at most the first
 * {@value #MAX_HEADER_BYTES} bytes of a file are read, and a header block longer than that is
 * refused. Written by hand because the JDK has no RFC 822 reader and the format takes a dozen
 * lines; continuation lines are joined with '\n'.
 */
final class CoreMetadataHeaders {

    /** Header blocks are a few KiB; an old PKG-INFO with an inline description reaches ~100 KiB. */
    static final int MAX_HEADER_BYTES = 1 << 20;

    private static final Pattern HEADER = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*: ");

    private CoreMetadataHeaders() {
    }

    /** Headers by lower-case name, values in file order. */
    static Map<String, List<String>> read(FileContent content) throws IOException {
        String path = content.entry().path();
        byte[] head;
        try (InputStream in = content.stream()) {
            head = in.readNBytes(MAX_HEADER_BYTES + 1);
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\r\n", "\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        boolean ended = parse(text.split("\n", -1), headers);
        if (!ended && head.length > MAX_HEADER_BYTES) {
            throw new InventoryException(path, "no end of the header block within the first "
                    + MAX_HEADER_BYTES + " bytes");
        }
        return headers;
    }

    /** Fills the headers; true when a blank line ended them before the text's end. */
    private static boolean parse(String[] lines, Map<String, List<String>> headers) {
        List<String> current = null;
        String currentKey = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                if (!continuesDescription(currentKey, lines, i + 1)) {
                    return i < lines.length - 1;
                }
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && current != null) {
                int last = current.size() - 1;
                current.set(last, current.get(last) + "\n" + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                current = null;
                continue;
            }
            currentKey = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            current = headers.computeIfAbsent(currentKey, k -> new ArrayList<>());
            current.add(line.substring(colon + 1).trim());
        }
        return false;
    }

    /**
     * Old setuptools wrote blank lines unindented inside a folded {@code Description} header
     * (setuptools 51 PKG-INFO of the corpus), so a blank line there ends the block only when
     * neither a continuation nor another header follows.
     */
    private static boolean continuesDescription(String key, String[] lines, int next) {
        if (!key.equals("description") || next >= lines.length) {
            return false;
        }
        String line = lines[next];
        return line.startsWith(" ") || line.startsWith("\t") || line.isEmpty()
                || HEADER.matcher(line).lookingAt();
    }
}
