// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Trivy's JSON report, SchemaVersion 2 (there is no official schema: see
 * {@code shared/schemas/trivy-json-v2.md}). Streaming: the top level member by member,
 * {@code Results} and their {@code Packages} one entry at a time ({@link TrivyResult}).
 *
 * <ul>
 *   <li>{@code Metadata.OS} (Family, Name) is {@link Sbom#os}, the family spelled as
 *       os-release spells it ({@link TrivyOsFamilies}). The report has no OS component, so none
 *       is made up.</li>
 *   <li>Each package is a component ({@link TrivyPackage}) typed by its result's
 *       {@code Type} ({@code alpine}, {@code npm}...). Its ref is its {@code ID}, else its
 *       {@code Identifier.UID}, else its purl, else its position; the same package listed by
 *       two results is kept twice, the second as {@code ref#2}, with a warning.</li>
 *   <li>{@code DependsOn} names package IDs of the same result; an ID no package of the result
 *       has is looked up among the other results, and dropped with a warning if none has it.
 *       </li>
 *   <li>{@code ArtifactName} is the subject, {@code CreatedAt} the creation time.</li>
 * </ul>
 *
 * <p>Hand-written on Jackson: Trivy's report is Go structs serialised as they are, and no Java
 * library reads it. Known shortcoming: a result written without {@code --list-all-pkgs} only
 * yields the packages its vulnerabilities name, with no licences, sources or dependencies
 * (warned per result); nothing in the report can supply the rest.
 */
final class TrivyJsonReader implements SbomReader {

    private static final int MAX_WARNINGS = 20;

    @Override
    public Sbom read(InputStream in, String origin) throws SbomException {
        try (JsonParser parser = SpdxJsonInput.open(in)) {
            return readReport(parser, origin);
        } catch (JsonProcessingException e) {
            throw SpdxJsonInput.malformed(e, origin);
        } catch (IOException e) {
            throw SpdxJsonInput.unreadable(e, origin);
        }
    }

    private static Sbom readReport(JsonParser parser, String origin)
            throws IOException, SbomException {
        SpdxJsonInput.expectObject(parser, origin, "a Trivy JSON report");
        Report report = new Report(origin);
        String version = null;
        String subject = null;
        String created = null;
        OsInfo os = null;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String member = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (member) {
                case "SchemaVersion":
                    if (value != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != 2) {
                        throw SpdxJsonInput.at(parser, origin, "unsupported SchemaVersion "
                                + parser.getText() + ": only Trivy's SchemaVersion 2 is read");
                    }
                    version = "2";
                    break;
                case "ArtifactName":
                    subject = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    break;
                case "CreatedAt":
                    created = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    break;
                case "Metadata":
                    os = readOs(parser, origin);
                    break;
                case "Results":
                    SpdxJsonInput.expectArray(parser, origin, "Results");
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        SpdxJsonInput.expectElement(parser, origin, "Results");
                        report.add(TrivyResult.read(parser, origin));
                    }
                    break;
                default:
                    parser.skipChildren();
                    break;
            }
        }
        if (version == null) {
            throw new SbomException(origin + ": not a Trivy JSON report: no SchemaVersion");
        }
        Map<String, List<String>> dependencies = report.dependencies();
        return new Sbom(SbomFormat.TRIVY_JSON_V2, version, subject, null, os, report.components,
                dependencies, report.warnings, created);
    }

    /** Reads {@code Metadata.OS}, skipping the image config and layers unbuilt. */
    private static OsInfo readOs(JsonParser parser, String origin)
            throws IOException, SbomException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw SpdxJsonInput.at(parser, origin, "'Metadata' must be an object, not "
                    + SpdxJsonInput.describe(parser.currentToken()));
        }
        OsInfo os = null;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String member = parser.currentName();
            parser.nextToken();
            if (member.equals("OS") && parser.currentToken() == JsonToken.START_OBJECT) {
                JsonNode node = SpdxJsonInput.readTree(parser);
                String family = SpdxJsonInput.text(node, "Family");
                os = family == null ? null : new OsInfo(TrivyOsFamilies.osReleaseId(family),
                        SpdxJsonInput.text(node, "Name"));
            } else {
                parser.skipChildren();
            }
        }
        return os;
    }

    /** Components and edges of the results read so far. */
    private static final class Report {
        private final String origin;
        private final List<SbomComponent> components = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Set<String> taken = new HashSet<>();
        /** Package ID to the ref it got first, for edges that cross results. */
        private final Map<String, String> firstRefs = new HashMap<>();
        /** Per result: from-ref and the IDs it depends on, resolved at the end. */
        private final List<Map<String, String>> scopes = new ArrayList<>();
        private final Map<String, List<String>> pending = new LinkedHashMap<>();
        private final Map<String, Integer> pendingScope = new HashMap<>();
        private int duplicates;

        Report(String origin) {
            this.origin = origin;
        }

        void add(TrivyResult result) {
            if (result.fromVulnerabilities) {
                warnings.add(origin + ": result '" + result.target + "' lists no Packages (a "
                        + "report without --list-all-pkgs): its " + result.packages.size()
                        + " components are the packages its vulnerabilities name; packages "
                        + "without a known vulnerability are missing");
            }
            Map<String, String> scope = new HashMap<>();
            scopes.add(scope);
            for (TrivyPackage pkg : result.packages) {
                String ref = uniqueRef(pkg);
                if (pkg.id != null) {
                    scope.putIfAbsent(pkg.id, ref);
                    firstRefs.putIfAbsent(pkg.id, ref);
                }
                if (!pkg.dependsOn.isEmpty()) {
                    pending.put(ref, pkg.dependsOn);
                    pendingScope.put(ref, scopes.size() - 1);
                }
                components.add(pkg.toComponent(ref, result.type));
            }
        }

        Map<String, List<String>> dependencies() {
            Map<String, List<String>> dependencies = new LinkedHashMap<>();
            int unresolved = 0;
            for (Map.Entry<String, List<String>> edge : pending.entrySet()) {
                Map<String, String> scope = scopes.get(pendingScope.get(edge.getKey()));
                Set<String> targets = new LinkedHashSet<>();
                for (String id : edge.getValue()) {
                    String ref = scope.getOrDefault(id, firstRefs.get(id));
                    if (ref == null) {
                        unresolved++;
                    } else {
                        targets.add(ref);
                    }
                }
                if (!targets.isEmpty()) {
                    dependencies.put(edge.getKey(), List.copyOf(targets));
                }
            }
            if (unresolved > 0) {
                warnings.add(origin + ": " + unresolved + " DependsOn entries name no package "
                        + "of the report: left out");
            }
            if (duplicates > MAX_WARNINGS) {
                warnings.add(origin + ": " + (duplicates - MAX_WARNINGS)
                        + " more duplicate package IDs, kept the same way");
            }
            return dependencies;
        }

        private String uniqueRef(TrivyPackage pkg) {
            String base = pkg.id != null ? pkg.id : pkg.uid != null ? pkg.uid
                    : pkg.purl != null ? pkg.purl : "package-" + (components.size() + 1);
            String ref = base;
            for (int n = 2; !taken.add(ref); n++) {
                ref = base + "#" + n;
            }
            if (!ref.equals(base) && ++duplicates <= MAX_WARNINGS) {
                warnings.add(origin + ": duplicate package ID '" + base + "': kept both, the "
                        + "later one as '" + ref + "'");
            }
            return ref;
        }
    }
}
