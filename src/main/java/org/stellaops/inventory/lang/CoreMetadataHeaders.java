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
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.InventoryException;

/**
 * The RFC 822-style header block of Python core metadata, read up to the first blank line (the
 * body holds the long description and is never parsed). Written by hand because the JDK has no
 * RFC 822 reader and the format takes a dozen lines; continuation lines are joined with '\n'.
 */
final class CoreMetadataHeaders {

    /** Header blocks are a few KiB; an old PKG-INFO with an inline description reaches ~100 KiB. */
    static final int MAX_HEADER_BYTES = 1 << 20;

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
        int end = text.startsWith("\n") ? 0 : text.indexOf("\n\n");
        if (end < 0 && head.length > MAX_HEADER_BYTES) {
            throw new InventoryException(path, "no end of the header block within the first "
                    + MAX_HEADER_BYTES + " bytes");
        }
        return parse(end < 0 ? text : text.substring(0, end));
    }

    private static Map<String, List<String>> parse(String block) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : block.split("\n")) {
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
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            current = headers.computeIfAbsent(key, k -> new ArrayList<>());
            current.add(line.substring(colon + 1).trim());
        }
        return headers;
    }
}
