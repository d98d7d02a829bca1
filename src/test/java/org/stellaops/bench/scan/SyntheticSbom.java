// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.scan;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a CycloneDX 1.5 JSON SBOM of real package versions for the scan benchmark: the first
 * {@code count} lines of a purl list taken at even steps (the list comes from
 * {@code org.stellaops.bench.CorpusPurls}, which draws it from the OSV corpus), one library
 * component each, with a dependency chain so the graph is not empty.
 *
 * <p>Usage: {@code SyntheticSbom PURLS_FILE COUNT OUT}
 */
public final class SyntheticSbom {

    private SyntheticSbom() {
    }

    public static void main(String[] args) throws IOException, MalformedPackageURLException {
        List<String> all = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int count = Integer.parseInt(args[1]);
        if (all.size() < count) {
            throw new IllegalArgumentException(args[0] + " holds " + all.size()
                    + " purls, fewer than " + count);
        }
        List<String> purls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            purls.add(all.get((int) ((long) i * all.size() / count)));
        }
        write(purls, Path.of(args[2]));
        System.err.println("wrote " + args[2] + " with " + count + " components");
    }

    private static void write(List<String> purls, Path out)
            throws IOException, MalformedPackageURLException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out.toFile(),
                JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("bomFormat", "CycloneDX");
            json.writeStringField("specVersion", "1.5");
            json.writeNumberField("version", 1);
            json.writeObjectFieldStart("metadata");
            json.writeObjectFieldStart("component");
            json.writeStringField("type", "application");
            json.writeStringField("bom-ref", "app");
            json.writeStringField("name", "synthetic-" + purls.size());
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("components");
            for (int i = 0; i < purls.size(); i++) {
                PackageURL purl = new PackageURL(purls.get(i));
                json.writeStartObject();
                json.writeStringField("type", "library");
                json.writeStringField("bom-ref", "c" + i);
                json.writeStringField("name", purl.getName());
                json.writeStringField("version", purl.getVersion());
                json.writeStringField("purl", purls.get(i));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("dependencies");
            for (int i = 0; i < purls.size(); i++) {
                json.writeStartObject();
                json.writeStringField("ref", "c" + i);
                json.writeArrayFieldStart("dependsOn");
                if (i + 1 < purls.size()) {
                    json.writeString("c" + (i + 1));
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
