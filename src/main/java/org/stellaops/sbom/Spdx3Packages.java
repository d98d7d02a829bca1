// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The package, licence and relationship elements of {@link Spdx3Writer}. */
final class Spdx3Packages {

    /** CycloneDX hash names to SPDX 3 HashAlgorithm names. */
    private static final Map<String, String> HASHES = Map.ofEntries(
            Map.entry("MD5", "md5"), Map.entry("SHA-1", "sha1"), Map.entry("SHA-256", "sha256"),
            Map.entry("SHA-384", "sha384"), Map.entry("SHA-512", "sha512"),
            Map.entry("SHA3-256", "sha3_256"), Map.entry("SHA3-384", "sha3_384"),
            Map.entry("SHA3-512", "sha3_512"), Map.entry("BLAKE2B-256", "blake2b256"),
            Map.entry("BLAKE2B-384", "blake2b384"), Map.entry("BLAKE2B-512", "blake2b512"),
            Map.entry("BLAKE3", "blake3"));

    /**
     * CycloneDX component types to SPDX 3 software_SoftwarePurpose values; a type with no
     * counterpart gets no purpose rather than a guess.
     */
    private static final Map<String, String> PURPOSES = Map.ofEntries(
            Map.entry("application", "application"), Map.entry("framework", "framework"),
            Map.entry("library", "library"), Map.entry("container", "container"),
            Map.entry("platform", "platform"), Map.entry("operating-system", "operatingSystem"),
            Map.entry("device", "device"), Map.entry("device-driver", "deviceDriver"),
            Map.entry("firmware", "firmware"), Map.entry("file", "file"),
            Map.entry("machine-learning-model", "model"), Map.entry("data", "data"));

    private Spdx3Packages() {
    }

    static void write(Sbom sbom, ArrayNode graph, Spdx3Writer.Ids ids, List<String> elements) {
        Set<String> licenses = new LinkedHashSet<>();
        for (SbomComponent component : sbom.components()) {
            writePackage(component, graph, ids, elements);
            licenses.addAll(component.licenses());
        }
        for (String license : licenses) {
            ObjectNode node = Spdx3Writer.element(graph, "simplelicensing_LicenseExpression",
                    ids.of("license", license), elements);
            node.put("simplelicensing_licenseExpression", license);
        }
        int n = 0;
        for (SbomComponent component : sbom.components()) {
            if (!component.licenses().isEmpty()) {
                n = relate(graph, ids, elements, n, component.ref(), "hasDeclaredLicense",
                        component.licenses().stream().map(l -> ids.of("license", l)).toList());
            }
            if (component.parentRef() != null) {
                n = relate(graph, ids, elements, n, component.parentRef(), "contains",
                        List.of(ids.of("package", component.ref())));
            }
        }
        for (Map.Entry<String, List<String>> edge : sbom.dependencies().entrySet()) {
            if (!edge.getValue().isEmpty()) {
                n = relate(graph, ids, elements, n, edge.getKey(), "dependsOn",
                        edge.getValue().stream().map(r -> ids.of("package", r)).toList());
            }
        }
    }

    /** Components that no other component contains: the SBOM's roots. */
    static List<String> roots(Sbom sbom, Spdx3Writer.Ids ids) {
        List<String> roots = new ArrayList<>();
        for (SbomComponent component : sbom.components()) {
            if (component.parentRef() == null) {
                roots.add(ids.of("package", component.ref()));
            }
        }
        return roots.isEmpty() ? List.of(ids.of("agent", "stella")) : roots;
    }

    private static void writePackage(SbomComponent component, ArrayNode graph,
            Spdx3Writer.Ids ids, List<String> elements) {
        ObjectNode node = Spdx3Writer.element(graph, "software_Package",
                ids.of("package", component.ref()), elements);
        node.put("name", component.name() == null ? component.ref() : component.name());
        if (component.version() != null) {
            node.put("software_packageVersion", component.version());
        }
        if (component.purl() != null) {
            node.put("software_packageUrl", component.purl());
        }
        String purpose = component.type() == null
                ? null : PURPOSES.get(component.type().toLowerCase(Locale.ROOT));
        if (purpose != null) {
            node.put("software_primaryPurpose", purpose);
        }
        if (!component.cpes().isEmpty()) {
            ArrayNode identifiers = node.putArray("externalIdentifier");
            for (String cpe : component.cpes()) {
                identifier(identifiers, cpe.startsWith("cpe:2.3:") ? "cpe23" : "cpe22", cpe);
            }
        }
        ArrayNode hashes = node.putArray("verifiedUsing");
        component.hashes().forEach((algorithm, value) -> {
            String spdx = HASHES.get(algorithm.toUpperCase(Locale.ROOT));
            ObjectNode hash = hashes.addObject();
            hash.put("type", "Hash");
            hash.put("algorithm", spdx == null ? "other" : spdx);
            hash.put("hashValue", value);
            if (spdx == null) {
                hash.put("comment", algorithm);
            }
        });
        if (hashes.isEmpty()) {
            node.remove("verifiedUsing");
        }
    }

    private static void identifier(ArrayNode identifiers, String type, String value) {
        ObjectNode node = identifiers.addObject();
        node.put("type", "ExternalIdentifier");
        node.put("externalIdentifierType", type);
        node.put("identifier", value);
    }

    private static int relate(ArrayNode graph, Spdx3Writer.Ids ids, List<String> elements,
            int n, String fromRef, String type, List<String> to) {
        ObjectNode node = Spdx3Writer.element(graph, "Relationship",
                ids.of("relationship", Integer.toString(n)), elements);
        node.put("from", ids.of("package", fromRef));
        node.put("relationshipType", type);
        Spdx3Writer.strings(node.putArray("to"), to);
        return n + 1;
    }
}
