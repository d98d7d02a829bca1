// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Splits SPDX tag-value text into {@code Tag: value} entries with their line numbers. A value
 * may be a {@code <text>...</text>} block over many lines; blank lines and {@code #} comments
 * are skipped. Lines and text blocks are bounded, so input without line breaks cannot make the
 * reader hold gigabytes.
 */
final class SpdxTagValueLines {

    /** Longest line or text block kept; a licence text is far shorter. */
    static final int MAX_VALUE = 8 << 20;
    private static final String OPEN = "<text>";
    private static final String CLOSE = "</text>";

    /** One entry; {@code line} is where its tag stands. */
    record Entry(String tag, String value, int line) {
    }

    private final Reader reader;
    private final String origin;
    private final char[] buffer = new char[1 << 14];
    private int length;
    private int position;
    private int lineNumber;

    SpdxTagValueLines(InputStream in, String origin) {
        this.reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        this.origin = origin;
    }

    /** The next entry, or null at the end of the input. */
    Entry next() throws IOException, SbomException {
        for (String line = readLine(); line != null; line = readLine()) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String tag = colon < 0 ? "" : line.substring(0, colon).strip();
            if (tag.isEmpty() || tag.chars().anyMatch(Character::isWhitespace)) {
                throw failure(lineNumber, "expected 'Tag: value', found '" + excerpt(stripped)
                        + "'");
            }
            int start = lineNumber;
            String value = line.substring(colon + 1).strip();
            if (value.startsWith(OPEN)) {
                value = readText(value.substring(OPEN.length()), start);
            }
            return new Entry(tag, value, start);
        }
        return null;
    }

    SbomException failure(int line, String reason) {
        return new SbomException(origin + " at line " + line + ": " + reason);
    }

    private String readText(String first, int start) throws IOException, SbomException {
        int close = first.indexOf(CLOSE);
        if (close >= 0) {
            return first.substring(0, close);
        }
        StringBuilder text = new StringBuilder(first);
        for (String line = readLine(); line != null; line = readLine()) {
            close = line.indexOf(CLOSE);
            text.append('\n').append(line, 0, close < 0 ? line.length() : close);
            if (text.length() > MAX_VALUE) {
                throw failure(start, "<text> block longer than " + MAX_VALUE + " characters");
            }
            if (close >= 0) {
                return text.toString();
            }
        }
        throw failure(start, "<text> opened here is never closed by </text>");
    }

    /** The next physical line without its terminator, or null at the end. */
    private String readLine() throws IOException, SbomException {
        StringBuilder line = null;
        while (true) {
            if (position == length) {
                length = reader.read(buffer);
                position = 0;
                if (length <= 0) {
                    length = 0;
                    return line == null ? null : finish(line);
                }
            }
            if (line == null) {
                line = new StringBuilder();
            }
            int from = position;
            while (position < length && buffer[position] != '\n') {
                position++;
            }
            line.append(buffer, from, position - from);
            if (line.length() > MAX_VALUE) {
                throw failure(lineNumber + 1, "line longer than " + MAX_VALUE + " characters");
            }
            if (position < length) {
                position++;
                return finish(line);
            }
        }
    }

    private String finish(StringBuilder line) {
        lineNumber++;
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        if (lineNumber == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
            line.deleteCharAt(0);
        }
        return line.toString();
    }

    private static String excerpt(String line) {
        return line.length() <= 60 ? line : line.substring(0, 60) + "...";
    }
}
