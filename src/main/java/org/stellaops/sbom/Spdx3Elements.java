// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects what the model needs from SPDX 3.0.1 {@code @graph} elements, one element at a
 * time and in any order: packages, the relationships between them, licence elements, creation
 * infos and the document's name. Licences are joined to packages only in {@link #finish},
 * since a {@code hasDeclaredLicense} may come before the package or the licence it names.
 *
 * <p>Known shortcoming: licences given as expanded licence sets
 * ({@code expandedlicensing_ConjunctiveLicenseSet} and the like) are not put back together
 * into an expression; they are counted in a warning. Doing so means walking their member
 * lists recursively once the whole graph is read.
 */
final class Spdx3Elements {

    private static final String LISTED = "https://spdx.org/licenses/";

    private record LicenseEdge(String from, boolean declared, List<String> to) {
    }

    private final SpdxAssembler assembler;
    private final SpdxHashes hashes = new SpdxHashes();
    private final Map<String, SpdxPackage> packages = new HashMap<>();
    private final Map<String, String> licenses = new HashMap<>();
    private final List<LicenseEdge> licenseEdges = new ArrayList<>();
    private final Map<String, JsonNode> creationInfos = new HashMap<>();
    private JsonNode firstCreationInfo;
    private JsonNode documentCreationInfo;
    private String documentName;
    private String sbomName;
    private int unresolvedLicenses;

    Spdx3Elements(SpdxAssembler assembler) {
        this.assembler = assembler;
    }

    void accept(JsonNode element) {
        String type = text(element, "type", "@type");
        if (type == null) {
            return;
        }
        switch (type) {
            case "software_Package":
            case "ai_AIPackage":
            case "dataset_DatasetPackage":
                addPackage(Spdx3PackageElements.read(element, type, hashes));
                break;
            case "Relationship":
            case "LifecycleScopedRelationship":
                relate(element);
                break;
            case "simplelicensing_LicenseExpression":
                license(element, SpdxJsonInput.text(element, "simplelicensing_licenseExpression"));
                break;
            case "expandedlicensing_ListedLicense":
            case "expandedlicensing_CustomLicense":
                license(element, licenseName(element));
                break;
            case "CreationInfo":
                creationInfo(element);
                break;
            case "SpdxDocument":
                documentName = SpdxJsonInput.text(element, "name");
                documentCreationInfo = element.get("creationInfo");
                break;
            case "software_Sbom":
                sbomName = sbomName == null ? SpdxJsonInput.text(element, "name") : sbomName;
                break;
            default:
                break;
        }
        if (element.path("creationInfo").isObject()) {
            creationInfo(element.get("creationInfo"));
        }
    }

    /** Joins licences to packages; returns the creation info that dates the document. */
    JsonNode finish(String origin) {
        for (LicenseEdge edge : licenseEdges) {
            SpdxPackage pkg = packages.get(edge.from());
            if (pkg != null) {
                for (String target : edge.to()) {
                    SpdxPackage.addLicense(edge.declared() ? pkg.declared : pkg.concluded,
                            licenseOf(target));
                }
            }
        }
        assembler.warn(hashes.warning(origin));
        if (unresolvedLicenses > 0) {
            assembler.warn(origin + ": " + unresolvedLicenses + " licence reference(s) name no "
                    + "licence expression or listed licence (expanded licence sets are not "
                    + "read): left out");
        }
        JsonNode info = documentCreationInfo;
        if (info != null && info.isTextual()) {
            info = creationInfos.get(info.asText());
        }
        return info != null && info.isObject() ? info : firstCreationInfo;
    }

    String subjectName() {
        return documentName != null ? documentName : sbomName;
    }

    private void addPackage(SpdxPackage pkg) {
        assembler.addPackage(pkg);
        if (pkg.spdxId != null) {
            packages.putIfAbsent(pkg.spdxId, pkg);
        }
    }

    private void relate(JsonNode relationship) {
        String from = SpdxJsonInput.text(relationship, "from");
        String type = SpdxJsonInput.text(relationship, "relationshipType");
        List<String> to = strings(relationship.get("to"));
        if (from == null || type == null) {
            return;
        }
        switch (type) {
            case "dependsOn":
                to.forEach(target -> assembler.dependsOn(from, target));
                break;
            case "contains":
                to.forEach(target -> assembler.contains(from, target));
                break;
            case "describes":
                to.forEach(assembler::describes);
                break;
            case "generates":
                to.forEach(target -> assembler.generatedFrom(target, from));
                break;
            case "hasDeclaredLicense":
            case "hasConcludedLicense":
                licenseEdges.add(new LicenseEdge(from, type.equals("hasDeclaredLicense"), to));
                break;
            default:
                break;
        }
    }

    private void license(JsonNode element, String expression) {
        String id = text(element, "spdxId", "@id");
        if (id != null && expression != null) {
            licenses.putIfAbsent(id, expression);
        }
    }

    /** A listed licence is its id, the last segment of its IRI; a custom one its LicenseRef. */
    private static String licenseName(JsonNode element) {
        String id = text(element, "spdxId", "@id");
        String segment = id == null ? null : id.substring(Math.max(id.lastIndexOf('/'),
                id.lastIndexOf('#')) + 1);
        if (segment != null && (segment.startsWith("LicenseRef-") || id.startsWith(LISTED))) {
            return segment;
        }
        String name = SpdxJsonInput.text(element, "name");
        return name != null ? name : segment;
    }

    private String licenseOf(String target) {
        String known = licenses.get(target);
        if (known != null) {
            return known;
        }
        if (target.startsWith(LISTED)) {
            return target.substring(LISTED.length());
        }
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.endsWith("noassertionlicense") || lower.endsWith("nonelicense")) {
            return null;
        }
        unresolvedLicenses++;
        return null;
    }

    private void creationInfo(JsonNode info) {
        String id = SpdxJsonInput.text(info, "@id");
        if (id != null) {
            creationInfos.putIfAbsent(id, info);
        }
        if (firstCreationInfo == null) {
            firstCreationInfo = info;
        }
    }

    static List<String> strings(JsonNode value) {
        List<String> values = new ArrayList<>();
        if (value != null && value.isTextual()) {
            values.add(value.asText());
        } else if (value != null && value.isArray()) {
            value.forEach(v -> {
                if (v.isTextual()) {
                    values.add(v.asText());
                }
            });
        }
        return values;
    }

    static String text(JsonNode node, String field, String alias) {
        String value = SpdxJsonInput.text(node, field);
        return value != null ? value : SpdxJsonInput.text(node, alias);
    }
}
