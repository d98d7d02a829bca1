// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.parsers.JsonParser;

/**
 * Real CycloneDX JSON SBOMs as {@link Sbom} records, for tests of what consumes the model while
 * the format readers are written elsewhere. Parsed with cyclonedx-core-java and mapped by the
 * model's conventions (licence id, else name, else expression; upper-case hash algorithms,
 * lower-case hex; nested components flattened with their parent ref). It trusts its input: it
 * is no reader for hostile documents.
 */
public final class RealSboms {

    /** bom-examples' Dropwizard 1.3.15: 167 components with hashes, licences and a graph. */
    public static final Path DROPWIZARD = SbomPaths.corpus().resolve(
            "sbom/cyclonedx/bom-examples/SBOM/dropwizard-1.3.15/bom.json");
    /** The bundled example: OWASP Juice Shop 11.1.2, 840 npm components. */
    public static final Path JUICE_SHOP = Path.of("examples/sbom/juice-shop-11.1.2.cdx.json");

    private RealSboms() {
    }

    public static Sbom read(Path file) throws Exception {
        return sbomOf(new JsonParser().parse(Files.readAllBytes(file)));
    }

    /** Maps a parsed CycloneDX document onto the model. */
    public static Sbom sbomOf(Bom bom) {
        List<SbomComponent> components = new ArrayList<>();
        if (bom.getComponents() != null) {
            bom.getComponents().forEach(c -> flatten(c, null, components));
        }
        Map<String, List<String>> dependencies = new TreeMap<>();
        if (bom.getDependencies() != null) {
            for (Dependency d : bom.getDependencies()) {
                List<String> targets = new ArrayList<>();
                if (d.getDependencies() != null) {
                    d.getDependencies().forEach(t -> targets.add(t.getRef()));
                }
                dependencies.put(d.getRef(), targets);
            }
        }
        Component subject = bom.getMetadata() == null ? null : bom.getMetadata().getComponent();
        String created = bom.getMetadata() == null || bom.getMetadata().getTimestamp() == null
                ? null : bom.getMetadata().getTimestamp().toInstant().toString();
        return new Sbom(SbomFormat.CYCLONEDX_JSON, bom.getSpecVersion(),
                subject == null ? null : subject.getName(),
                subject == null ? null : subject.getVersion(), null, components, dependencies,
                List.of(), created);
    }

    private static void flatten(Component c, String parentRef, List<SbomComponent> out) {
        String ref = c.getBomRef() != null ? c.getBomRef() : "component-" + out.size();
        Map<String, String> hashes = new TreeMap<>();
        if (c.getHashes() != null) {
            for (Hash h : c.getHashes()) {
                hashes.put(h.getAlgorithm().toUpperCase(Locale.ROOT),
                        h.getValue().toLowerCase(Locale.ROOT));
            }
        }
        out.add(new SbomComponent(ref, c.getName(), c.getVersion(),
                c.getType() == null ? null : c.getType().getTypeName(), c.getPurl(),
                c.getCpe() == null ? List.of() : List.of(c.getCpe()), licensesOf(c), hashes, null,
                parentRef, null, null));
        if (c.getComponents() != null) {
            c.getComponents().forEach(child -> flatten(child, ref, out));
        }
    }

    private static List<String> licensesOf(Component c) {
        List<String> licenses = new ArrayList<>();
        if (c.getLicenses() == null) {
            return licenses;
        }
        if (c.getLicenses().getLicenses() != null) {
            for (License l : c.getLicenses().getLicenses()) {
                String text = l.getId() != null ? l.getId() : l.getName();
                if (text != null) {
                    licenses.add(text);
                }
            }
        }
        if (c.getLicenses().getExpression() != null) {
            licenses.add(c.getLicenses().getExpression().getValue());
        }
        return licenses;
    }
}
