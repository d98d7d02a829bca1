// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes and reads {@code srm.yaml}. Written in one fixed member order with every map sorted,
 * so the same manifest is always the same bytes. Read as hostile input: at most
 * {@link #MAX_BYTES}, every field checked, errors that name the file and the field.
 */
public final class SrmYaml {

    /** Manifests larger than this (1 MiB) are refused unread. */
    public static final int MAX_BYTES = 1 << 20;

    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder().build())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private SrmYaml() {
    }

    public static byte[] write(ReplayManifest srm) {
        try {
            return YAML.writeValueAsString(toTree(srm)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SRM not writable as YAML", e);
        }
    }

    /** The manifest as a JSON tree, members as the YAML has them (what its envelope signs). */
    public static ObjectNode toTree(ReplayManifest srm) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("srmVersion", ReplayManifest.VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", srm.tool().name());
        tool.put("version", srm.tool().version());
        tool.put("build", srm.tool().build());
        ObjectNode subject = root.putObject("subject");
        subject.put("kind", srm.subject().kind());
        subject.put("ref", srm.subject().ref());
        subject.put("digest", srm.subject().digest());
        subject.put("format", srm.subject().format());
        root.put("snapshot", srm.snapshot());
        root.put("referenceTime", srm.referenceTime());
        ArrayNode inputs = root.putArray("inputs");
        for (ReplayManifest.Input input : srm.inputs()) {
            ObjectNode node = inputs.addObject();
            node.put("role", input.role().yamlName());
            node.put("origin", input.origin());
            node.put("digest", input.digest());
        }
        putMap(root.putObject("configuration"), srm.configuration());
        putMap(root.putObject("outputs"), srm.outputs());
        return root;
    }

    public static ReplayManifest read(Path file) throws ReplayException {
        String origin = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new ReplayException(origin + ": no such replay manifest");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ReplayException(origin + ": larger than the limit of " + MAX_BYTES
                        + " bytes");
            }
            return parse(origin, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ReplayException(origin + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static ReplayManifest parse(String origin, byte[] bytes) throws ReplayException {
        if (bytes.length > MAX_BYTES) {
            throw new ReplayException(origin + ": larger than the limit of " + MAX_BYTES
                    + " bytes");
        }
        JsonNode root;
        try {
            root = YAML.readTree(bytes);
        } catch (IOException e) {
            throw new ReplayException(origin + ": not YAML: " + firstLine(e.getMessage()), e);
        }
        Fields fields = new Fields(origin);
        if (root == null || !root.isObject()) {
            throw new ReplayException(origin + ": not a replay manifest (no YAML mapping)");
        }
        String version = fields.text(root, "srmVersion");
        if (!version.equals(ReplayManifest.VERSION)) {
            throw new ReplayException(origin + ": srmVersion " + version
                    + " is not known to this build (it reads " + ReplayManifest.VERSION + ")");
        }
        JsonNode tool = fields.object(root, "tool");
        JsonNode subject = fields.object(root, "subject");
        List<ReplayManifest.Input> inputs = new ArrayList<>();
        JsonNode list = root.get("inputs");
        if (list == null || !list.isArray()) {
            throw new ReplayException(origin + ": inputs: missing, or not a list");
        }
        for (int i = 0; i < list.size(); i++) {
            inputs.add(fields.input(list.get(i), "inputs[" + i + "]"));
        }
        long targets = inputs.stream().filter(in -> in.role() == InputRole.SBOM
                || in.role() == InputRole.IMAGE).count();
        if (targets > 1) {
            throw new ReplayException(origin + ": inputs: at most one input of role sbom or "
                    + "image, not " + targets);
        }
        if (targets == 0 && "sbom".equals(fields.text(subject, "subject.kind"))) {
            throw new ReplayException(origin + ": inputs: an SBOM scan needs its input of "
                    + "role sbom");
        }
        return new ReplayManifest(
                new ReplayManifest.Tool(fields.text(tool, "tool.name"),
                        fields.text(tool, "tool.version"), fields.text(tool, "tool.build")),
                new ReplayManifest.Subject(fields.text(subject, "subject.kind"),
                        fields.text(subject, "subject.ref"),
                        fields.text(subject, "subject.digest"),
                        fields.text(subject, "subject.format")),
                fields.digest(root, "snapshot"),
                fields.text(root, "referenceTime"),
                inputs,
                fields.map(root, "configuration", false),
                fields.map(root, "outputs", true));
    }

    private static void putMap(ObjectNode node, Map<String, String> map) {
        new TreeMap<>(map).forEach(node::put);
    }

    private static String firstLine(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }

    /** Field access that names the field in every error. */
    private static final class Fields {
        private final String origin;

        Fields(String origin) {
            this.origin = origin;
        }

        JsonNode object(JsonNode parent, String name) throws ReplayException {
            JsonNode node = parent.get(name);
            if (node == null || !node.isObject()) {
                throw new ReplayException(origin + ": " + name + ": missing, or not a mapping");
            }
            return node;
        }

        String text(JsonNode parent, String path) throws ReplayException {
            String name = path.substring(path.lastIndexOf('.') + 1);
            JsonNode node = parent.get(name);
            if (node == null || !node.isValueNode() || node.asText().isEmpty()) {
                throw new ReplayException(origin + ": " + path + ": missing, or not a value");
            }
            return node.asText();
        }

        String digest(JsonNode parent, String path) throws ReplayException {
            return checkedDigest(text(parent, path), path);
        }

        String checkedDigest(String value, String path) throws ReplayException {
            if (!DIGEST.matcher(value).matches()) {
                throw new ReplayException(origin + ": " + path + ": '" + value
                        + "' is not a sha256: digest");
            }
            return value;
        }

        ReplayManifest.Input input(JsonNode node, String path) throws ReplayException {
            if (node == null || !node.isObject()) {
                throw new ReplayException(origin + ": " + path + ": not a mapping");
            }
            InputRole role;
            try {
                role = InputRole.fromYaml(text(node, path + ".role"));
            } catch (IllegalArgumentException e) {
                throw new ReplayException(origin + ": " + path + ".role: " + e.getMessage());
            }
            return new ReplayManifest.Input(role, text(node, path + ".origin"),
                    digest(node, path + ".digest"));
        }

        Map<String, String> map(JsonNode parent, String name, boolean digests)
                throws ReplayException {
            JsonNode node = parent.get(name);
            if (node == null || node.isNull()) {
                return Map.of();
            }
            if (!node.isObject()) {
                throw new ReplayException(origin + ": " + name + ": not a mapping");
            }
            Map<String, String> map = new TreeMap<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                String value = valueOf(node, name, key);
                map.put(key, digests ? checkedDigest(value, name + "." + key) : value);
            }
            return map;
        }

        private String valueOf(JsonNode node, String name, String key) throws ReplayException {
            JsonNode value = node.get(key);
            if (!value.isValueNode()) {
                throw new ReplayException(origin + ": " + name + "." + key + ": not a value");
            }
            return value.asText();
        }
    }
}
