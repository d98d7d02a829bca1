// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.stellaops.match.ScanReport;
import org.stellaops.match.UnknownMatch;
import org.stellaops.sbom.StellaTool;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.ScanTarget;
import org.stellaops.scan.UnmatchedComponent;

/**
 * The versioned JSON report of a scan, described by the JSON Schema published as
 * {@code docs/schemas/stella-report-1.schema.json} (a test validates real reports against it).
 *
 * <p>Guarantees: members in one fixed order, findings in {@link
 * org.stellaops.match.Finding#REPORT_ORDER}, every other list sorted (or in the stable order its
 * description in the schema names), no time but the scan's reference time, a tool version that
 * depends only on the build. The same SBOM, snapshot and reference time therefore give
 * byte-identical output: 2-space indentation, {@code "name": value}, {@code \n} line ends and
 * a final newline, whatever the platform.
 *
 * <p>Known shortcoming: the findings are streamed out, but only once the whole
 * {@link ScanResult} exists, so a 10,000-component SBOM of vulnerable packages holds 84,000
 * findings (700-800 MB of heap in use after collections) before the first byte is written.
 * Writing them as each package is matched would need the scan to hand findings over per
 * package, in report order (severity first), which means sorting on disk or a second pass;
 * see benchmarks/README.md.
 *
 * <p>Minor versions of {@link #SCHEMA_VERSION} may only add optional members, so a consumer of
 * 1.0 reads every 1.x report.
 */
public final class JsonReport {

    /** The report layout version; a consumer checks the major part. */
    public static final String SCHEMA_VERSION = "1.1";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(printer())
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonReport() {
    }

    public static String render(ScanResult result) {
        StringWriter out = new StringWriter();
        try {
            write(result, out);
        } catch (IOException e) {
            // a StringWriter does not fail; this would be a Jackson defect
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the report, final newline included, to {@code out} as it is serialised, without
     * first holding it as a string (a 1,000-package scan can make 14 MB of JSON). {@code out}
     * is left open.
     */
    public static void write(ScanResult result, Writer out) throws IOException {
        WRITER.writeValue(out, tree(result));
        out.write('\n');
    }

    private static ObjectNode tree(ScanResult result) {
        ScanReport report = result.report();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "stella");
        tool.put("version", StellaTool.version());
        putTarget(root.putObject("target"), result.target());
        root.put("referenceTime", result.referenceTime());
        ObjectNode snapshot = root.putObject("advisorySnapshot");
        snapshot.put("digest", report.snapshotDigest());
        snapshot.put("date", report.snapshotDate());
        JsonCoverage.put(root.putObject("coverage"), result);
        JsonCounts.put(root.putObject("counts"), result);
        // streamed when the tree is written: findings are most of a report's bytes
        root.putPOJO("findings", JsonFindings.serializer(report.findings(), result));
        putUnmatched(root.putArray("unmatched"), result);
        putUnknown(root.putArray("unknown"), result);
        ArrayNode warnings = root.putArray("warnings");
        result.sbom().warnings().forEach(warnings::add);
        JsonVerdict.putPolicy(root, result.verdict());
        JsonVerdict.putVex(root, result.verdict());
        return root;
    }

    private static void putTarget(ObjectNode node, ScanTarget target) {
        node.put("kind", target.kind());
        node.put("ref", target.ref());
        node.put("digest", target.digest());
        node.put("format", target.format());
    }

    private static void putUnmatched(ArrayNode array, ScanResult result) {
        for (UnmatchedComponent component : result.unmatched()) {
            ObjectNode node = array.addObject();
            node.put("ref", component.ref());
            node.put("name", component.name());
            node.put("version", component.version());
            node.put("purl", component.purl());
            node.put("reason", component.reason());
        }
    }

    private static void putUnknown(ArrayNode array, ScanResult result) {
        for (UnknownMatch unknown : result.report().unknowns()) {
            ObjectNode node = array.addObject();
            node.put("purl", unknown.purl());
            node.put("advisory", unknown.advisory());
            node.put("reason", unknown.reason());
            JsonFindings.putStrings(node.putArray("components"),
                    JsonFindings.componentsOf(unknown.purl(), result));
        }
    }

    /** 2-space indent and {@code \n} everywhere (not the platform separator), {@code []}. */
    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
