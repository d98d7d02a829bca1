// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * Writes an {@link Sbom} as CycloneDX 1.6 JSON with cyclonedx-core-java's model and
 * {@code BomJsonGenerator}: components (nested ones under their parent, see
 * {@link CycloneDxComponents}), the OS component, the dependency graph as the SBOM states it,
 * {@code metadata.timestamp}, {@code metadata.component} for the subject when known and
 * {@code metadata.tools} naming stella.
 *
 * <p>The output is deterministic: the library writes fields in a fixed order and our lists keep
 * document order; the timestamp is given, and the serial number is a name-based (v3) UUID of a
 * seed. The library's own {@code Metadata} stamps the wall clock on construction, so
 * {@link #bomOf} always overwrites it. Its date serializer writes whole seconds in UTC:
 * sub-second digits of the given time are dropped.
 *
 * <p>{@code metadata.component} carries the subject's name and version only, without a bom-ref:
 * the model does not say which component, if any, is the subject.
 */
public final class CycloneDxWriter {

    private CycloneDxWriter() {
    }

    /**
     * CycloneDX 1.6 JSON of the SBOM.
     *
     * @param created the metadata timestamp (RFC 3339, UTC)
     * @param seed the input digest ({@code sha256:...}); the serial number derives from it
     */
    public static String write(Sbom sbom, String created, String seed) {
        return json(bomOf(sbom, created, serialNumberOf("sbom", seed)));
    }

    /**
     * The SBOM as a CycloneDX model, for documents that add to it (the CycloneDX scan report).
     *
     * @param timestamp RFC 3339
     * @param serialNumber a {@code urn:uuid:} from {@link #serialNumberOf}
     */
    public static Bom bomOf(Sbom sbom, String timestamp, String serialNumber) {
        Bom bom = new Bom();
        bom.setSerialNumber(serialNumber);
        bom.setMetadata(metadataOf(sbom, timestamp));
        bom.setComponents(CycloneDxComponents.componentsOf(sbom));
        List<Dependency> dependencies = new ArrayList<>();
        sbom.dependencies().forEach((ref, targets) -> {
            Dependency dependency = new Dependency(ref);
            List<Dependency> dependsOn = new ArrayList<>();
            // CycloneDX wants dependsOn unique; the first mention keeps its place
            new LinkedHashSet<>(targets).forEach(target -> dependsOn.add(new Dependency(target)));
            dependency.setDependencies(dependsOn);
            dependencies.add(dependency);
        });
        if (!dependencies.isEmpty()) {
            bom.setDependencies(dependencies);
        }
        return bom;
    }

    /** A {@code urn:uuid:} serial number: the v3 (name-based) UUID of the parts, in order. */
    public static String serialNumberOf(String... parts) {
        byte[] name = ("stella-ops:cyclonedx\n" + String.join("\n", parts))
                .getBytes(StandardCharsets.UTF_8);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
    }

    /** The document as pretty-printed CycloneDX 1.6 JSON, ending with a newline. */
    public static String json(Bom bom) {
        try {
            return BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString() + "\n";
        } catch (GeneratorException e) {
            throw new IllegalStateException("cannot write CycloneDX JSON: " + e.getMessage(), e);
        }
    }

    private static Metadata metadataOf(Sbom sbom, String timestamp) {
        Objects.requireNonNull(timestamp, "timestamp");
        Metadata metadata = new Metadata();
        metadata.setTimestamp(Date.from(OffsetDateTime.parse(timestamp).toInstant()));
        ToolInformation tools = new ToolInformation();
        tools.setComponents(List.of(toolComponent()));
        metadata.setToolChoice(tools);
        if (sbom.subjectName() != null) {
            Component subject = new Component();
            subject.setType("container".equals(sbom.subjectType())
                    ? Component.Type.CONTAINER : Component.Type.APPLICATION);
            subject.setName(sbom.subjectName());
            subject.setVersion(sbom.subjectVersion());
            metadata.setComponent(subject);
        }
        if (!sbom.properties().isEmpty()) {
            List<Property> properties = new ArrayList<>();
            sbom.properties().forEach((name, value) -> properties.add(
                    CycloneDxComponents.property(name, value)));
            metadata.setProperties(properties);
        }
        return metadata;
    }

    private static Component toolComponent() {
        Component tool = new Component();
        tool.setType(Component.Type.APPLICATION);
        tool.setName(StellaTool.NAME);
        tool.setVersion(StellaTool.version());
        ExternalReference website = new ExternalReference();
        website.setType(ExternalReference.Type.WEBSITE);
        website.setUrl(StellaTool.INFORMATION_URI);
        tool.setExternalReferences(List.of(website));
        return tool;
    }
}
