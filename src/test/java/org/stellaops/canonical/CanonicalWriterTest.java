// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/** Writing canonical JSON member by member, and refusing what would not be canonical. */
class CanonicalWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesWhatTheLibraryMakesOfTheSameDocument() throws Exception {
        String tree = "{\"e\":[1,-0,1e21],\"n\":null}";
        byte[] written = new CanonicalWriter(16).beginObject()
                .name("\r").value("\u0000\"\\\u2028\ud83d\ude00")
                .name("1").value(9_007_199_254_740_993L)
                .name("a").beginArray().value(-7).beginObject().endObject().beginArray()
                .endArray().value((String) null).endArray()
                .name("t").value(MAPPER.readTree(tree))
                .name("\u20ac").value(0)
                .name("\ud83d\ude00").value("")
                .endObject().toBytes();

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(
                new JsonCanonicalizer(written).getEncodedUTF8(), StandardCharsets.UTF_8));
        assertThat(new String(written, StandardCharsets.UTF_8)).startsWith(
                "{\"\\r\":\"\\u0000\\\"\\\\\u2028\ud83d\ude00\",\"1\":9007199254740992,");
    }

    /**
     * Random documents, walked member by member in name order, against the library's form of
     * the same documents as Jackson writes them. The names mix code units on both sides of the
     * surrogates (U+20AC below, U+FF01 above), where code point order and RFC 8785's UTF-16
     * order disagree; the strings hold every escape, runs between them and supplementary
     * characters; the numbers include longs past 2^53 and doubles at the form's switches.
     */
    @Test
    void randomDocumentsMatchTheLibrary() throws Exception {
        Random random = new Random(8785);
        for (int i = 0; i < 500; i++) {
            JsonNode document = randomObject(random, 0);
            CanonicalWriter out = new CanonicalWriter(16);
            write(document, out, random);

            byte[] expected = new JsonCanonicalizer(MAPPER.writeValueAsBytes(document))
                    .getEncodedUTF8();
            assertThat(new String(out.toBytes(), StandardCharsets.UTF_8)).as("document %d", i)
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        }
    }

    @Test
    void refusesLoneSurrogatesWhereverTheyStand() {
        // alone, after text, a pair reversed, a high one last, a low one first
        for (String text : List.of("\ud800", "a\udc00", "\udc00\ud800", "x\ud83d", "\ude00y")) {
            assertThatThrownBy(() -> new CanonicalWriter(16).value(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lone surrogate");
            assertThatThrownBy(() -> new CanonicalWriter(16).beginObject().name(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lone surrogate");
        }
    }

    @Test
    void refusesMembersOutOfOrderOrTwice() {
        // "\u20ac" sorts before "\ud83d\ude00" by UTF-16 code unit, not by code point
        assertThatThrownBy(() -> new CanonicalWriter(16).beginObject().name("\ud83d\ude00")
                .value(1).name("\u20ac"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RFC 8785");
        assertThatThrownBy(() -> new CanonicalWriter(16).beginObject().name("a").value(1)
                .name("a")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnythingButOneCompleteValue() {
        assertThatThrownBy(() -> new CanonicalWriter(16).beginObject().value(1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new CanonicalWriter(16).beginArray().name("a"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new CanonicalWriter(16).beginArray().endObject())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new CanonicalWriter(16).beginObject().toBytes())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("complete");
        assertThatThrownBy(() -> new CanonicalWriter(16).value(1).value(2))
                .isInstanceOf(IllegalStateException.class);
    }

    private static final String ALPHABET = "ab\u0000\u001f\b\t\n\f\r\"\\/\u007f\u00e9\u2028\u20ac"
            + "\uff01\uffff";
    private static final int[] SUPPLEMENTARY = {0x10000, 0x1f600, 0x10ffff};

    private static ObjectNode randomObject(Random random, int depth) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        int members = random.nextInt(6);
        for (int i = 0; i < members; i++) {
            object.set(randomString(random, 3), randomValue(random, depth + 1));
        }
        return object;
    }

    private static JsonNode randomValue(Random random, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (random.nextInt(depth < 4 ? 8 : 6)) {
            case 0: return nodes.textNode(randomString(random, 12));
            case 1: return nodes.numberNode(random.nextLong() >> random.nextInt(64));
            case 2: return nodes.numberNode(randomDouble(random));
            case 3: return nodes.booleanNode(random.nextBoolean());
            case 4: return nodes.nullNode();
            case 5: return nodes.numberNode(random.nextInt(2000) - 1000);
            case 6: return randomObject(random, depth);
            default:
                ArrayNode array = nodes.arrayNode();
                int size = random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    array.add(randomValue(random, depth + 1));
                }
                return array;
        }
    }

    private static String randomString(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(5) == 0) {
                text.appendCodePoint(SUPPLEMENTARY[random.nextInt(SUPPLEMENTARY.length)]);
            } else {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }

    /** Next to ECMAScript's switches to exponent form (1e21, 1e-6), at the extremes, anywhere. */
    private static double randomDouble(Random random) {
        double[] near = {1e21, 1e-6, 1e-7, 9007199254740993.0, 0.1, 4.5, 333333333.33333329};
        double value;
        switch (random.nextInt(4)) {
            case 0: value = Math.nextUp(near[random.nextInt(near.length)]); break;
            case 1: value = Math.nextDown(near[random.nextInt(near.length)]); break;
            case 2: value = random.nextBoolean() ? Double.MIN_VALUE : Double.MAX_VALUE; break;
            default:
                do {
                    value = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(value));
        }
        return random.nextBoolean() ? -value : value;
    }

    /**
     * Writes a tree through the writer: objects member by member in name order, arrays value
     * by value, scalars with the writer's own methods where it has one, and now and then a
     * whole subtree through {@link CanonicalWriter#value(JsonNode)}.
     */
    private static void write(JsonNode node, CanonicalWriter out, Random random) {
        if (node.isContainerNode() && random.nextInt(8) == 0 || node.isDouble()
                || node.isBoolean()) {
            out.value(node);
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            out.beginObject();
            for (String name : names) {
                write(node.get(name), out.name(name), random);
            }
            out.endObject();
        } else if (node.isArray()) {
            out.beginArray();
            node.forEach(element -> write(element, out, random));
            out.endArray();
        } else if (node.isIntegralNumber()) {
            out.value(node.longValue());
        } else {
            out.value(node.isNull() ? null : node.textValue());
        }
    }
}
