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

    private final String path;
    private final List<String> warnings;
    private final List<ControlStanza> stanzas = new ArrayList<>();
    private Map<String, String> fields;
    private int start;
    private boolean corrupt;
    private String field;
    private final StringBuilder value = new StringBuilder();

    private ControlStanzaParser(String path, List<String> warnings) {
        this.path = path;
        this.warnings = warnings;
    }

    /** The well-formed stanzas of {@code text} in file order. */
    static List<ControlStanza> parse(String text, String path, List<String> warnings) {
        ControlStanzaParser parser = new ControlStanzaParser(path, warnings);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.readLine(lines[i], i + 1);
        }
        parser.endStanza();
        return parser.stanzas;
    }

    private void readLine(String line, int number) {
        if (line.isBlank()) {
            endStanza();
            return;
        }
        if (fields == null) {
            fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            start = number;
        }
        if (corrupt || line.startsWith("#")) {
            return;
        }
        if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
            if (field == null) {
                markCorrupt(number, "continuation line before any field");
            } else {
                value.append('\n').append(line.strip());
            }
            return;
        }
        int colon = line.indexOf(':');
        if (colon <= 0 || line.lastIndexOf(' ', colon) >= 0) {
            markCorrupt(number, "line is not a 'Field: value' line");
            return;
        }
        endField();
        field = line.substring(0, colon);
        value.append(line, colon + 1, line.length());
    }

    private void endField() {
        if (field != null) {
            fields.put(field, value.toString().strip());
        }
        field = null;
        value.setLength(0);
    }

    private void endStanza() {
        if (fields != null && !corrupt) {
            endField();
            stanzas.add(new ControlStanza(start, fields));
        }
        fields = null;
        field = null;
        value.setLength(0);
        corrupt = false;
    }

    private void markCorrupt(int number, String reason) {
        warnings.add(path + ":" + number + ": " + reason + "; stanza at line " + start
                + " skipped");
        corrupt = true;
    }
}
