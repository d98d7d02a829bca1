// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.stellaops.canonical.CanonicalWriter;

/**
 * An in-toto Statement v1: the subjects (at least one), the predicate's type URI and the
 * predicate, a JSON object. {@link #toBytes} is the RFC 8785 canonical form, the bytes an
 * envelope signs, so a statement built twice from the same facts signs the same bytes.
 * {@link #parse} reads a statement from an envelope's payload and refuses anything that is not
 * a v1 statement of that shape.
 *
 * <p>The predicate tree is kept, not copied: it must not change once the statement is made.
 */
public record Statement(List<Subject> subjects, String predicateType, ObjectNode predicate) {

    /** The {@code _type} of a v1 statement. */
    public static final String TYPE = "https://in-toto.io/Statement/v1";
    /** The DSSE payload type of in-toto statements. */
    public static final String PAYLOAD_TYPE = "application/vnd.in-toto+json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Statement {
        subjects = List.copyOf(subjects);
        if (subjects.isEmpty()) {
            throw new AttestationException("statement has no subject");
        }
        Objects.requireNonNull(predicateType, "predicateType");
        Objects.requireNonNull(predicate, "predicate");
    }

    /** The statement as a JSON tree, in-toto's member names. */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("_type", TYPE);
        ArrayNode array = root.putArray("subject");
        for (Subject subject : subjects) {
            ObjectNode node = array.addObject();
            node.put("name", subject.name());
            ObjectNode digest = node.putObject("digest");
            subject.digest().forEach(digest::put);
        }
        root.put("predicateType", predicateType);
        root.set("predicate", predicate);
        return root;
    }

    /** The canonical (RFC 8785) UTF-8 bytes: what gets signed. */
    public byte[] toBytes() {
        CanonicalWriter out = new CanonicalWriter(1024);
        write(out, subjects, predicateType, writer -> writer.value(predicate));
        return out.toBytes();
    }

    /**
     * Writes a statement in canonical form whose predicate {@code writePredicate} writes, as
     * one JSON object, to the writer it is given: the same bytes as {@link #toBytes} of a
     * statement holding that predicate as a tree, without the tree.
     */
    public static void write(CanonicalWriter out, List<Subject> subjects, String predicateType,
            Consumer<CanonicalWriter> writePredicate) {
        if (subjects.isEmpty()) {
            throw new AttestationException("statement has no subject");
        }
        // members in RFC 8785 order: "_" sorts before the lowercase letters
        out.beginObject().name("_type").value(TYPE).name("predicate");
        writePredicate.accept(out);
        out.name("predicateType").value(predicateType).name("subject").beginArray();
        for (Subject subject : subjects) {
            // the digests are a TreeMap: String order is RFC 8785 order
            out.beginObject().name("digest").beginObject();
            subject.digest().forEach((algorithm, hex) -> out.name(algorithm).value(hex));
            out.endObject().name("name").value(subject.name()).endObject();
        }
        out.endArray().endObject();
    }

    /**
     * A statement from JSON bytes.
     *
     * @throws AttestationException naming the member that is missing or wrong
     */
    public static Statement parse(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AttestationException("statement is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new AttestationException("statement is not a JSON object");
        }
        if (!TYPE.equals(root.path("_type").asText(null))) {
            throw new AttestationException("statement _type is not " + TYPE + ": "
                    + root.get("_type"));
        }
        List<Subject> subjects = subjectsOf(root.get("subject"));
        if (!root.path("predicateType").isTextual()) {
            throw new AttestationException("statement has no predicateType string");
        }
        if (!root.path("predicate").isObject()) {
            throw new AttestationException("statement has no predicate object");
        }
        return new Statement(subjects, root.get("predicateType").textValue(),
                (ObjectNode) root.get("predicate"));
    }

    private static List<Subject> subjectsOf(JsonNode array) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new AttestationException("statement has no subject");
        }
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            JsonNode digest = node.path("digest");
            if (!digest.isObject() || digest.isEmpty()) {
                throw new AttestationException("subject[" + i + "] has no digest");
            }
            Map<String, String> digests = new TreeMap<>();
            for (Map.Entry<String, JsonNode> entry : digest.properties()) {
                if (!entry.getValue().isTextual()) {
                    throw new AttestationException("subject[" + i + "].digest." + entry.getKey()
                            + " is not a string");
                }
                digests.put(entry.getKey(), entry.getValue().textValue());
            }
            subjects.add(new Subject(node.path("name").asText(""), digests));
        }
        return subjects;
    }
}
