// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes one JSON value straight in RFC 8785 form, member by member, for documents whose shape
 * the caller knows: no tree is built, sorted and copied first. Strings, numbers and embedded
 * trees are written exactly as {@link CanonicalJson} writes them.
 *
 * <p>The caller gives each object's members in RFC 8785 order (by UTF-16 code units, which is
 * {@link String#compareTo}); the writer checks that order and the nesting, and throws
 * {@link IllegalStateException} on a member out of order, twice, or outside an object, so a
 * wrong writer fails on its first document instead of signing non-canonical bytes. One
 * document per writer; not thread-safe.
 */
public final class CanonicalWriter {

    private final StringBuilder out;
    // per open container, innermost last: object or array, values so far, the last name
    private boolean[] objects = new boolean[8];
    private int[] counts = new int[8];
    private String[] names = new String[8];
    private int depth;
    private boolean named;
    private boolean done;

    /** @param expectedChars the document's expected length, to size the buffer once */
    public CanonicalWriter(int expectedChars) {
        out = new StringBuilder(Math.max(16, expectedChars));
    }

    public CanonicalWriter beginObject() {
        return open(true, '{');
    }

    public CanonicalWriter endObject() {
        return close(true, '}');
    }

    public CanonicalWriter beginArray() {
        return open(false, '[');
    }

    public CanonicalWriter endArray() {
        return close(false, ']');
    }

    /** The next member's name; it must sort after the previous member's name. */
    public CanonicalWriter name(String name) {
        if (depth == 0 || !objects[depth - 1] || named) {
            throw new IllegalStateException("member name '" + name + "' outside an object");
        }
        String previous = names[depth - 1];
        if (previous != null && previous.compareTo(name) >= 0) {
            throw new IllegalStateException("member '" + name + "' after '" + previous
                    + "': not in RFC 8785 order");
        }
        if (counts[depth - 1]++ > 0) {
            out.append(',');
        }
        names[depth - 1] = name;
        CanonicalJson.writeString(name, out);
        out.append(':');
        named = true;
        return this;
    }

    /** A string, or {@code null} when it is null (as Jackson's {@code put} stores it). */
    public CanonicalWriter value(String text) {
        beforeValue();
        if (text == null) {
            out.append("null");
        } else {
            CanonicalJson.writeString(text, out);
        }
        return this;
    }

    public CanonicalWriter value(long number) {
        beforeValue();
        // through a double, as a parsed or built tree holds it
        out.append(CanonicalJson.number((double) number));
        return this;
    }

    /** A whole tree, canonicalised as {@link CanonicalJson#toBytes} does. */
    public CanonicalWriter value(JsonNode tree) {
        beforeValue();
        CanonicalJson.write(tree, out);
        return this;
    }

    /** The document's UTF-8 bytes, once its one value is complete. */
    public byte[] toBytes() {
        if (depth > 0 || !done) {
            throw new IllegalStateException("the document is not complete");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private CanonicalWriter open(boolean object, char bracket) {
        beforeValue();
        if (depth == objects.length) {
            objects = Arrays.copyOf(objects, depth * 2);
            counts = Arrays.copyOf(counts, depth * 2);
            names = Arrays.copyOf(names, depth * 2);
        }
        objects[depth] = object;
        counts[depth] = 0;
        names[depth] = null;
        depth++;
        out.append(bracket);
        return this;
    }

    private CanonicalWriter close(boolean object, char bracket) {
        if (depth == 0 || objects[depth - 1] != object || named) {
            throw new IllegalStateException("'" + bracket + "' does not close what is open");
        }
        depth--;
        names[depth] = null;
        out.append(bracket);
        return this;
    }

    private void beforeValue() {
        if (depth == 0) {
            if (done) {
                throw new IllegalStateException("a document holds one value");
            }
            done = true;
        } else if (objects[depth - 1]) {
            if (!named) {
                throw new IllegalStateException("a member value without its name");
            }
            named = false;
        } else if (counts[depth - 1]++ > 0) {
            out.append(',');
        }
    }
}
