// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Inputs large enough that a scan takes seconds, so a test can act while it runs: CycloneDX
 * 1.5 JSON with {@code count} npm libraries no advisory names, plus lodash 4.17.15, which the
 * example snapshot knows three advisories for. Written once into {@code target/it-work}.
 */
final class Sboms {

    /** Findings a synthetic SBOM has against the example snapshot (lodash 4.17.15). */
    static final int SYNTHETIC_FINDINGS = 3;

    private Sboms() {
    }

    static synchronized Path synthetic(int count) {
        Path sbom = ItPaths.work().resolve("synthetic-" + count + ".cdx.json");
        if (Files.exists(sbom)) {
            return sbom;
        }
        Path partial = sbom.resolveSibling(sbom.getFileName() + ".partial");
        try {
            write(count, partial);
            return Files.move(partial, sbom, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(int count, Path out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out.toFile(),
                JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("bomFormat", "CycloneDX");
            json.writeStringField("specVersion", "1.5");
            json.writeNumberField("version", 1);
            json.writeObjectFieldStart("metadata");
            json.writeObjectFieldStart("component");
            json.writeStringField("type", "application");
            json.writeStringField("bom-ref", "app");
            json.writeStringField("name", "synthetic-" + count);
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("components");
            for (int i = 0; i < count; i++) {
                String version = "1." + (i % 50) + "." + (i % 7);
                library(json, "c" + i, "stella-it-pkg-" + i, version);
            }
            library(json, "lodash", "lodash", "4.17.15");
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void library(JsonGenerator json, String ref, String name, String version)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "library");
        json.writeStringField("bom-ref", ref);
        json.writeStringField("name", name);
        json.writeStringField("version", version);
        json.writeStringField("purl", "pkg:npm/" + name + "@" + version);
        json.writeEndObject();
    }
}
