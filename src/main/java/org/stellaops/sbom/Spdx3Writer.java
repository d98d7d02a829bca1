// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Sbom} as SPDX 3.0.1 JSON-LD: one {@code software_Package} per component
 * (version, purl, CPEs, hashes), licences as {@code hasDeclaredLicense} relationships to
 * licence expressions, the dependency graph as {@code dependsOn} relationships and nesting as
 * {@code contains}. Identifiers derive from a seed (the input digest) and component refs, and
 * the creation time is given, so the same input gives the same bytes.
 *
 * <p>Written with Jackson rather than a library: no SPDX 3 Java library resolves here. A test
 * validates the output against the official SPDX 3.0.1 JSON Schema.
 */
public final class Spdx3Writer {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CREATION_INFO = "_:creationinfo";

    private Spdx3Writer() {
    }

    /**
     * @param seed a digest naming the input, e.g. {@code sha256:...}; it makes the identifiers
     * @param created the creation time (RFC 3339, UTC, seconds)
     */
    public static String write(Sbom sbom, String seed, String created) {
        Ids ids = new Ids(seed);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("@context", "https://spdx.org/rdf/3.0.1/spdx-context.jsonld");
        ArrayNode graph = root.putArray("@graph");
        List<String> elements = new ArrayList<>();

        creationInfo(graph.addObject(), created, ids);
        ObjectNode agent = element(graph, "SoftwareAgent", ids.of("agent", "stella"), elements);
        agent.put("name", "stella");
        Spdx3Packages.write(sbom, graph, ids, elements);

        String sbomId = ids.of("sbom", "sbom");
        List<String> roots = Spdx3Packages.roots(sbom, ids);
        ObjectNode bom = element(graph, "software_Sbom", sbomId, null);
        strings(bom.putArray("software_sbomType"), List.of("analyzed"));
        strings(bom.putArray("rootElement"), roots);
        strings(bom.putArray("element"), elements);

        ObjectNode document = element(graph, "SpdxDocument", ids.of("document", "document"), null);
        document.put("name", sbom.subjectName() == null ? "sbom" : sbom.subjectName());
        document.put("dataLicense", "https://spdx.org/licenses/CC0-1.0");
        strings(document.putArray("profileConformance"), List.of("core", "software"));
        strings(document.putArray("rootElement"), List.of(sbomId));
        List<String> all = new ArrayList<>(elements);
        all.add(sbomId);
        strings(document.putArray("element"), all);
        return root.toPrettyString() + "\n";
    }

    private static void creationInfo(ObjectNode node, String created, Ids ids) {
        node.put("@id", CREATION_INFO);
        node.put("type", "CreationInfo");
        node.put("specVersion", "3.0.1");
        node.put("created", created);
        strings(node.putArray("createdBy"), List.of(ids.of("agent", "stella")));
    }

    /** Adds an element with type, id and creation info; records its id when a list is given. */
    static ObjectNode element(ArrayNode graph, String type, String id, List<String> elements) {
        ObjectNode node = graph.addObject();
        node.put("type", type);
        node.put("spdxId", id);
        node.put("creationInfo", CREATION_INFO);
        if (elements != null) {
            elements.add(id);
        }
        return node;
    }

    static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** Makes IRIs under one document namespace derived from the seed. */
    static final class Ids {
        private final String base;
        private final Map<String, String> cache = new LinkedHashMap<>();

        Ids(String seed) {
            String hex = seed.startsWith("sha256:") ? seed.substring(7) : seed;
            this.base = "https://stellaops.org/spdx/" + hex + "#";
        }

        String of(String kind, String ref) {
            return cache.computeIfAbsent(kind + "\u0000" + ref, k -> base + kind + "-"
                    + URLEncoder.encode(ref, StandardCharsets.UTF_8));
        }
    }
}
