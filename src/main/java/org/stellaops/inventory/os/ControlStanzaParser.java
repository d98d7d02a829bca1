// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits a Debian control file into stanzas by the deb822 rules: {@code Field: value} lines,
 * continuation lines starting with a space or tab, stanzas separated by blank lines. A stanza
 * holding a line that is neither is dropped whole, with a warning naming the line: better no
 * package than one made of half-read fields. Written here because no maintained Java library
 * reads deb822, and the format is small.
 */
final class ControlStanzaParser {

    private ControlStanzaParser() {
    }

    /** The well-formed stanzas of {@code text} in file order. */
    static List<ControlStanza> parse(String text, String path, List<String> warnings) {
        List<ControlStanza> stanzas = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        Map<String, String> fields = null;
        String last = null;
        int start = 0;
        boolean corrupt = false;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (fields != null && !corrupt) {
                    stanzas.add(new ControlStanza(start, fields));
                }
                fields = null;
                last = null;
                corrupt = false;
                continue;
            }
            if (fields == null) {
                fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                start = i + 1;
            }
            if (corrupt || line.startsWith("#")) {
                continue;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (last == null) {
                    corrupt = report(warnings, path, i, start, "continuation line before any field");
                } else {
                    fields.merge(last, "\n" + line.strip(), String::concat);
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).contains(" ")) {
                corrupt = report(warnings, path, i, start, "line is not a 'Field: value' line");
                continue;
            }
            last = line.substring(0, colon);
            fields.put(last, line.substring(colon + 1).strip());
        }
        return stanzas;
    }

    private static boolean report(List<String> warnings, String path, int index, int start,
            String reason) {
        warnings.add(path + ":" + (index + 1) + ": " + reason + "; stanza at line " + start
                + " skipped");
        return true;
    }
}
