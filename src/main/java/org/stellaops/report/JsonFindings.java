// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.stellaops.match.Finding;
import org.stellaops.match.MatchedRange;
import org.stellaops.scan.FindingVerdict;
import org.stellaops.scan.ScanResult;
import org.stellaops.severity.Severity;

/** The findings of the JSON report, each with the SBOM components that carry its purl. */
final class JsonFindings {

    private JsonFindings() {
    }

    /**
     * The findings array, written straight to the generator when the report tree is
     * serialised, without a node per value (findings are most of a report).
     */
    static JsonSerializable serializer(List<Finding> findings, ScanResult result) {
        return new JsonSerializable.Base() {
            @Override
            public void serialize(JsonGenerator out, SerializerProvider provider)
                    throws IOException {
                out.writeStartArray();
                List<FindingVerdict> verdicts = result.verdict().findings();
                for (int i = 0; i < findings.size(); i++) {
                    write(out, findings.get(i), verdicts.get(i), result);
                }
                out.writeEndArray();
            }

            @Override
            public void serializeWithType(JsonGenerator out, SerializerProvider provider,
                    TypeSerializer type) throws IOException {
                serialize(out, provider);
            }
        };
    }

    private static void write(JsonGenerator out, Finding finding, FindingVerdict verdict,
            ScanResult result) throws IOException {
        out.writeStartObject();
        writeString(out, "id", finding.id());
        writeStrings(out, "aliases", finding.aliases());
        writeString(out, "purl", finding.purl());
        writeString(out, "installed", finding.installedVersion());
        writeStrings(out, "fixed", finding.fixedVersions());
        writeSeverity(out, finding.severity());
        writeString(out, "summary", finding.summary());
        writeStrings(out, "references", finding.references());
        writeString(out, "status", verdict.vex().status().wire());
        writeString(out, "state", verdict.state());
        writeStrings(out, "components", componentsOf(finding.purl(), result));
        out.writeFieldName("trace");
        out.writeStartArray();
        for (MatchedRange range : finding.matchedRanges()) {
            out.writeStartObject();
            writeString(out, "advisory", range.advisory());
            writeString(out, "ecosystem", range.ecosystem());
            writeString(out, "package", range.packageName());
            writeString(out, "range", range.range());
            writeString(out, "reason", range.reason());
            out.writeEndObject();
        }
        out.writeEndArray();
        JsonExplain.write(out, verdict);
        out.writeEndObject();
    }

    private static void writeSeverity(JsonGenerator out, Severity severity) throws IOException {
        out.writeFieldName("severity");
        out.writeStartObject();
        writeString(out, "level", levelName(severity));
        out.writeFieldName("score");
        if (severity.score() != null) {
            out.writeNumber(severity.score().doubleValue());
        } else {
            out.writeNull();
        }
        writeString(out, "vector", severity.vector());
        writeString(out, "source", severity.source());
        out.writeEndObject();
    }

    /** A string member, or null. */
    static void writeString(JsonGenerator out, String name, String value)
            throws IOException {
        out.writeFieldName(name);
        if (value == null) {
            out.writeNull();
        } else {
            out.writeString(value);
        }
    }

    private static void writeStrings(JsonGenerator out, String name, List<String> values)
            throws IOException {
        out.writeFieldName(name);
        out.writeStartArray();
        for (String value : values) {
            if (value == null) {
                out.writeNull();
            } else {
                out.writeString(value);
            }
        }
        out.writeEndArray();
    }

    /** The refs of the components matched under {@code purl}, sorted; empty when none. */
    static List<String> componentsOf(String purl, ScanResult result) {
        return result.componentRefs().getOrDefault(purl, List.of());
    }

    static void putStrings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    static String levelName(Severity severity) {
        return severity.level().name().toLowerCase(Locale.ROOT);
    }
}
