// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.erdtman.jcs.NumberToJSON;

/**
 * RFC 8785 (JSON Canonicalization Scheme) serialisation of an already parsed Jackson tree: object
 * members sorted by their UTF-16 code units, no insignificant whitespace, the minimal string
 * escapes of ECMAScript, and numbers in ECMAScript's shortest round-trip form.
 *
 * <p>Why not only the library: erdtman's JsonCanonicalizer parses JSON text itself, so a record
 * that Jackson has already parsed and validated would be serialised and parsed a second time,
 * which made canonicalisation the largest cost of an import. This class walks the existing
 * tree and leaves the hard part, ECMAScript number formatting, to that library's
 * {@link NumberToJSON}. A test checks byte equality with the library over the whole corpus.
 */
public final class CanonicalJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /** The canonical UTF-8 bytes of a JSON tree. */
    public static byte[] toBytes(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT:
                writeObject(node, out);
                break;
            case ARRAY:
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
                break;
            case STRING:
                writeString(node.textValue(), out);
                break;
            case NUMBER:
                out.append(number(node));
                break;
            case BOOLEAN:
                out.append(node.booleanValue());
                break;
            case NULL:
                out.append("null");
                break;
            default:
                throw new IllegalArgumentException("not JSON data: " + node.getNodeType());
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            fields.add(it.next());
        }
        // String.compareTo orders by UTF-16 code units, which is exactly RFC 8785 section 3.2.3.
        fields.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(fields.get(i).getKey(), out);
            out.append(':');
            write(fields.get(i).getValue(), out);
        }
        out.append('}');
    }

    static void writeString(String text, StringBuilder out) {
        out.append('"');
        // characters that need no escape are copied in runs: most strings are one run, and
        // appending them char by char was most of the time spent on a large statement
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                out.append(text, run, i);
                appendEscape(c, out);
                run = i + 1;
            } else if (Character.isSurrogate(c) && !isPairAt(text, i)) {
                throw new IllegalArgumentException("lone surrogate at index " + i);
            }
        }
        if (run == 0) {
            out.append(text);
        } else {
            out.append(text, run, text.length());
        }
        out.append('"');
    }

    private static void appendEscape(char c, StringBuilder out) {
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\b': out.append("\\b"); break;
            case '\f': out.append("\\f"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            default: out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
        }
    }

    private static boolean isPairAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static String number(JsonNode node) {
        return number(node.doubleValue());
    }

    /** ECMAScript's form of a number, as RFC 8785 writes every JSON number. */
    static String number(double value) {
        try {
            return NumberToJSON.serializeNumber(value);
        } catch (IOException e) {
            // thrown for NaN and infinities, which JSON text cannot hold in the first place
            throw new UncheckedIOException(e);
        }
    }
}
