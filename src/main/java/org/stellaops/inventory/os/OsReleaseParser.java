// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads os-release assignments by the freedesktop.org rules: {@code KEY=value} lines, '#'
 * comments, blank lines, values in double quotes (with the shell escapes {@code \" \\ \$ \`}),
 * single quotes (literal) or bare. Written here because the format is a dozen lines of rules and
 * no library we use reads it without also running a shell.
 */
final class OsReleaseParser {

    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String DOUBLE_QUOTE_ESCAPES = "\"\\$`";

    private OsReleaseParser() {
    }

    /** The assignments of the file; a line that breaks the rules is skipped with a warning. */
    static Map<String, String> parse(String text, String path, List<String> warnings) {
        Map<String, String> values = new TreeMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || !KEY.matcher(line.substring(0, eq)).matches()) {
                warnings.add(path + ":" + (i + 1) + ": not a KEY=value assignment");
                continue;
            }
            String value = unquote(line.substring(eq + 1));
            if (value == null) {
                warnings.add(path + ":" + (i + 1) + ": unterminated quote");
                continue;
            }
            values.put(line.substring(0, eq), value);
        }
        return values;
    }

    /** The value with quotes and escapes resolved, or null when a quote is never closed. */
    static String unquote(String raw) {
        if (raw.startsWith("'")) {
            int end = raw.indexOf('\'', 1);
            return end < 0 ? null : raw.substring(1, end);
        }
        boolean quoted = raw.startsWith("\"");
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = quoted ? 1 : 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                if (!quoted || DOUBLE_QUOTE_ESCAPES.indexOf(next) >= 0) {
                    out.append(next);
                    i++;
                    continue;
                }
            }
            if (quoted && c == '"') {
                return out.toString();
            }
            out.append(c);
        }
        return quoted ? null : out.toString();
    }
}
