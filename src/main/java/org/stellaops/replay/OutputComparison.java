// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares a replay's outputs with the digests a manifest recorded. Where the recorded output
 * is at hand (the {@code outputs/} folder an attestation directory has), the first difference
 * is located: by JSON pointer for JSON, else by line and column.
 */
public final class OutputComparison {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 80;

    private OutputComparison() {
    }

    /**
     * @param recordedDir folder holding the recorded outputs by name, or null
     * @return the differences, sorted by output name; empty when every output is identical
     */
    public static List<OutputDifference> compare(Map<String, String> recorded,
            Map<String, byte[]> replayed, Path recordedDir) {
        TreeSet<String> names = new TreeSet<>(recorded.keySet());
        names.addAll(replayed.keySet());
        List<OutputDifference> differences = new ArrayList<>();
        for (String name : names) {
            String want = recorded.get(name);
            byte[] bytes = replayed.get(name);
            String got = bytes == null ? null : InputStore.digestOf(bytes);
            if (want != null && want.equals(got)) {
                continue;
            }
            String where = null;
            if (bytes != null && want != null && recordedDir != null) {
                where = locate(recordedDir.resolve(name), want, bytes);
            }
            differences.add(new OutputDifference(name, want, got, where));
        }
        return differences;
    }

    private static String locate(Path file, String want, byte[] replayed) {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            byte[] recorded = Files.readAllBytes(file);
            if (!InputStore.digestOf(recorded).equals(want)) {
                return null; // not the recorded output: do not point at a difference it has
            }
            String json = jsonDifference(recorded, replayed);
            return json != null ? json : textDifference(recorded, replayed);
        } catch (IOException e) {
            return null;
        }
    }

    private static String jsonDifference(byte[] recorded, byte[] replayed) {
        JsonNode a;
        JsonNode b;
        try {
            a = JSON.readTree(recorded);
            b = JSON.readTree(replayed);
        } catch (IOException notJson) {
            return null;
        }
        if (a == null || b == null) {
            return null;
        }
        return firstDifference("", a, b);
    }

    private static String firstDifference(String pointer, JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!a.has(key) || !b.has(key)) {
                    return "at " + at + ": " + (a.has(key) ? "missing from the replay"
                            : "only in the replay");
                }
                String inner = firstDifference(at, a.get(key), b.get(key));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (a.isArray() && b.isArray()) {
            Iterator<JsonNode> left = a.elements();
            Iterator<JsonNode> right = b.elements();
            for (int i = 0; left.hasNext() && right.hasNext(); i++) {
                String inner = firstDifference(pointer + "/" + i, left.next(), right.next());
                if (inner != null) {
                    return inner;
                }
            }
            return a.size() == b.size() ? null : "at " + pointer + ": " + a.size()
                    + " items recorded, " + b.size() + " replayed";
        }
        if (a.equals(b)) {
            return null;
        }
        return "at " + (pointer.isEmpty() ? "/" : pointer) + ": recorded " + shown(a)
                + ", replayed " + shown(b);
    }

    private static String textDifference(byte[] recorded, byte[] replayed) {
        String a = new String(recorded, StandardCharsets.UTF_8);
        String b = new String(replayed, StandardCharsets.UTF_8);
        int line = 1;
        int column = 1;
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return "at line " + line + ", column " + column;
            }
            if (a.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return a.length() == b.length() ? "in byte encoding only"
                : "at line " + line + ", column " + column + " (one output is a prefix of the other)";
    }

    private static String shown(JsonNode node) {
        String text = node.toString();
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    }
}
