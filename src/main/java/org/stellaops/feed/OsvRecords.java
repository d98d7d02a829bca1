// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a schema-valid OSV JSON tree onto {@link OsvRecord}. */
final class OsvRecords {

    /** AlmaLinux, Rocky and Red Hat state the errata severity only as a summary prefix. */
    private static final Pattern SUMMARY_SEVERITY =
            Pattern.compile("^(Low|Moderate|Important|Critical):\\s");

    private OsvRecords() {
    }

    static OsvRecord fromJson(JsonNode root, byte[] canonicalJson) {
        String id = root.path("id").asText();
        String summary = text(root, "summary");
        List<OsvAffected> affected = new ArrayList<>();
        root.path("affected").forEach(node -> affected.add(affectedOf(node)));
        return new OsvRecord(
                id,
                text(root, "modified"),
                text(root, "published"),
                text(root, "withdrawn"),
                OsvParser.texts(root.get("aliases")),
                OsvParser.texts(root.get("related")),
                summary,
                severitiesOf(root.get("severity")),
                statedSeverity(root, id, summary),
                affected,
                referencesOf(root.get("references")),
                canonicalJson);
    }

    private static OsvAffected affectedOf(JsonNode node) {
        JsonNode pkg = node.path("package");
        List<OsvRange> ranges = new ArrayList<>();
        node.path("ranges").forEach(range -> ranges.add(rangeOf(range)));
        String stated = firstText(node.path("ecosystem_specific").get("severity"),
                node.path("database_specific").get("severity"));
        return new OsvAffected(
                text(pkg, "ecosystem"),
                text(pkg, "name"),
                text(pkg, "purl"),
                ranges,
                OsvParser.texts(node.get("versions")),
                severitiesOf(node.get("severity")),
                stated);
    }

    private static OsvRange rangeOf(JsonNode range) {
        List<OsvEvent> events = new ArrayList<>();
        for (JsonNode event : range.path("events")) {
            Iterator<Map.Entry<String, JsonNode>> fields = event.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                OsvEvent.Kind kind = OsvEvent.Kind.ofField(field.getKey());
                if (kind != null) {
                    events.add(new OsvEvent(kind, field.getValue().asText()));
                }
            }
        }
        return new OsvRange(text(range, "type"), text(range, "repo"), events);
    }

    private static List<String> referencesOf(JsonNode array) {
        List<String> urls = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(r -> {
                String url = text(r, "url");
                if (url != null && !urls.contains(url)) {
                    urls.add(url);
                }
            });
        }
        return urls;
    }

    private static List<OsvSeverity> severitiesOf(JsonNode array) {
        List<OsvSeverity> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(s -> out.add(new OsvSeverity(text(s, "type"), text(s, "score"))));
        }
        return out;
    }

    private static String statedSeverity(JsonNode root, String id, String summary) {
        String stated = firstText(root.path("database_specific").get("severity"),
                root.path("ecosystem_specific").get("severity"));
        if (stated == null && summary != null && AdvisoryKinds.isDistroAdvisory(id)) {
            Matcher m = SUMMARY_SEVERITY.matcher(summary);
            stated = m.find() ? m.group(1) : null;
        }
        return stated;
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            if (node != null && node.isTextual() && !node.asText().isBlank()) {
                return node.asText();
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
