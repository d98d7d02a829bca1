// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.cyclonedx.Version;
import org.cyclonedx.generators.json.BomJsonGenerator;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.BomReference;
import org.cyclonedx.util.mixin.MixInBomReference;

/**
 * CycloneDX 1.6 JSON of a model as a Jackson tree, written by one object mapper configured the
 * way cyclonedx-core-java's {@link BomJsonGenerator} configures its own, and kept.
 *
 * <p>Why: the library builds a fresh mapper for every generator, so each document pays again
 * for Jackson's introspection of the whole model (8-20 ms for an 840-component SBOM, most of
 * the attest stage's time). The mapper is the generator's protected field, taken from one
 * instance made here; {@code SbomPredicateTest} checks the trees against
 * {@code CycloneDxWriter.write}, so an upgrade of the library that changes how it configures
 * the mapper shows up there. Jackson mappers are thread-safe once configured.
 */
final class CycloneDxTrees extends BomJsonGenerator {

    private static final ObjectMapper CYCLONEDX = new CycloneDxTrees().mapper;
    private static final ObjectMapper READER = new ObjectMapper();

    private CycloneDxTrees() {
        super(new Bom(), Version.VERSION_16);
        // the library adds this mix-in before each write; once is enough for a kept mapper
        mapper.addMixIn(BomReference.class, MixInBomReference.class);
    }

    /** The document's tree, equal to reading back what the library's generator writes. */
    static ObjectNode treeOf(Bom bom) {
        // the generator's constructor stamps bomFormat and specVersion on the model; it is
        // cheap, the costly mapper work happens only on its first write, which never comes
        new BomJsonGenerator(bom, Version.VERSION_16);
        try {
            return (ObjectNode) READER.readTree(CYCLONEDX.writeValueAsBytes(bom));
        } catch (IOException e) {
            // our own model's output; failing to write or read it back is a defect
            throw new IllegalStateException("cannot write CycloneDX JSON: " + e.getMessage(), e);
        }
    }
}
