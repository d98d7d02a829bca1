// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Evidence;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.evidence.Occurrence;

/**
 * Turns the flat component list of an {@link Sbom} back into CycloneDX components: nested ones
 * under their parent, in document order, with bom-ref = the component's ref.
 *
 * <p>What CycloneDX has no field for is kept as a {@code stella:*} property rather than dropped:
 * CPEs after the first ({@code stella:cpe}), a type that is not a CycloneDX component type
 * ({@code stella:type}; the component is then a {@code library}), the source package
 * ({@code stella:sourceName}, {@code stella:sourceVersion}), and a hash whose algorithm is not
 * one of CycloneDX's or whose value is not hex of a digest length ({@code stella:hash:ALG}),
 * since the schema would reject it. The location goes to {@code evidence.occurrences}.
 *
 * <p>A component whose parent is missing, forms a parent cycle or would sit deeper than
 * {@value #MAX_DEPTH} levels is written at the top level: the document stays writable (Jackson
 * limits nesting) at the cost of that one parent link.
 */
final class CycloneDxComponents {

    static final int MAX_DEPTH = 32;

    /** CycloneDX spellings by the upper-case names the SBOM model uses. */
    private static final Map<String, String> ALGORITHMS = Map.ofEntries(
            Map.entry("MD5", "MD5"), Map.entry("SHA-1", "SHA-1"), Map.entry("SHA-256", "SHA-256"),
            Map.entry("SHA-384", "SHA-384"), Map.entry("SHA-512", "SHA-512"),
            Map.entry("SHA3-256", "SHA3-256"), Map.entry("SHA3-384", "SHA3-384"),
            Map.entry("SHA3-512", "SHA3-512"), Map.entry("BLAKE2B-256", "BLAKE2b-256"),
            Map.entry("BLAKE2B-384", "BLAKE2b-384"), Map.entry("BLAKE2B-512", "BLAKE2b-512"),
            Map.entry("BLAKE3", "BLAKE3"));

    private CycloneDxComponents() {
    }

    /** Top-level components with their nested ones, then a synthesised OS component if needed. */
    static List<Component> componentsOf(Sbom sbom) {
        Set<String> refs = new HashSet<>();
        sbom.components().forEach(c -> refs.add(c.ref()));
        Map<String, List<SbomComponent>> children = new LinkedHashMap<>();
        for (SbomComponent c : sbom.components()) {
            if (nestedIn(c, refs)) {
                children.computeIfAbsent(c.parentRef(), k -> new ArrayList<>()).add(c);
            }
        }
        Set<String> placed = new HashSet<>();
        List<Component> top = new ArrayList<>();
        for (SbomComponent c : sbom.components()) {
            if (!nestedIn(c, refs)) {
                top.add(treeOf(c, children, placed, 0));
            }
        }
        // whatever is left hangs off a parent cycle or sat too deep
        for (SbomComponent c : sbom.components()) {
            if (!placed.contains(c.ref())) {
                top.add(treeOf(c, children, placed, 0));
            }
        }
        Component os = operatingSystemOf(sbom, refs);
        if (os != null) {
            top.add(os);
        }
        return top;
    }

    private static boolean nestedIn(SbomComponent c, Set<String> refs) {
        return c.parentRef() != null && !c.parentRef().equals(c.ref())
                && refs.contains(c.parentRef());
    }

    private static Component treeOf(SbomComponent c, Map<String, List<SbomComponent>> children,
            Set<String> placed, int depth) {
        placed.add(c.ref());
        Component out = componentOf(c);
        if (depth < MAX_DEPTH) {
            for (SbomComponent child : children.getOrDefault(c.ref(), List.of())) {
                if (!placed.contains(child.ref())) {
                    out.addComponent(treeOf(child, children, placed, depth + 1));
                }
            }
        }
        return out;
    }

    static Component componentOf(SbomComponent c) {
        Component out = new Component();
        List<Property> properties = new ArrayList<>();
        Component.Type type = typeOf(c.type());
        out.setType(type == null ? Component.Type.LIBRARY : type);
        if (type == null && c.type() != null) {
            properties.add(property("stella:type", c.type()));
        }
        out.setBomRef(c.ref());
        out.setName(c.name() == null ? "" : c.name());
        out.setVersion(c.version());
        out.setPurl(c.purl());
        if (!c.cpes().isEmpty()) {
            out.setCpe(c.cpes().get(0));
            c.cpes().subList(1, c.cpes().size())
                    .forEach(cpe -> properties.add(property("stella:cpe", cpe)));
        }
        List<Hash> hashes = new ArrayList<>();
        c.hashes().forEach((algorithm, value) -> {
            String cdx = ALGORITHMS.get(algorithm.toUpperCase(Locale.ROOT));
            if (cdx != null && isHexDigest(value)) {
                hashes.add(new Hash(cdx, value));
            } else {
                properties.add(property("stella:hash:" + algorithm, value));
            }
        });
        out.setHashes(hashes.isEmpty() ? null : hashes);
        out.setLicenses(CycloneDxLicenses.choiceOf(c.licenses()));
        if (c.location() != null) {
            Occurrence occurrence = new Occurrence();
            occurrence.setLocation(c.location());
            Evidence evidence = new Evidence();
            evidence.setOccurrences(List.of(occurrence));
            out.setEvidence(evidence);
        }
        if (c.sourceName() != null) {
            properties.add(property("stella:sourceName", c.sourceName()));
        }
        if (c.sourceVersion() != null) {
            properties.add(property("stella:sourceVersion", c.sourceVersion()));
        }
        c.properties().forEach((name, value) -> properties.add(property(name, value)));
        out.setProperties(properties.isEmpty() ? null : properties);
        return out;
    }

    /** The OS as a component when the SBOM names one but lists no operating-system component. */
    private static Component operatingSystemOf(Sbom sbom, Set<String> refs) {
        boolean listed = sbom.components().stream()
                .anyMatch(c -> "operating-system".equals(c.type()));
        if (sbom.os() == null || sbom.os().id() == null || listed) {
            return null;
        }
        String base = "os:" + sbom.os().id()
                + (sbom.os().version() == null ? "" : "@" + sbom.os().version());
        String ref = base;
        for (int n = 2; refs.contains(ref); n++) {
            ref = base + "#" + n;
        }
        Component os = new Component();
        os.setType(Component.Type.OPERATING_SYSTEM);
        os.setBomRef(ref);
        os.setName(sbom.os().id());
        os.setVersion(sbom.os().version());
        return os;
    }

    private static Component.Type typeOf(String type) {
        for (Component.Type candidate : Component.Type.values()) {
            if (candidate.getTypeName().equals(type)) {
                return candidate;
            }
        }
        return null;
    }

    static Property property(String name, String value) {
        Property property = new Property();
        property.setName(name);
        property.setValue(value);
        return property;
    }

    /**
     * Whether {@code value} is hex of a length CycloneDX's hash content allows (32, 40, 64, 96
     * or 128 digits). Checked by hand: the schema's alternation as a regular expression
     * backtracks through every shorter length first, and npm SBOMs carry a SHA-512 on every
     * component (it was a tenth of a server scan of the Juice Shop SBOM).
     */
    static boolean isHexDigest(String value) {
        int length = value.length();
        if (length != 32 && length != 40 && length != 64 && length != 96 && length != 128) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
