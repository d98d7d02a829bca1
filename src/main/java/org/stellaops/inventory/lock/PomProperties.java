// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The {@code ${...}} properties one pom.xml defines for itself: its {@code <properties>}, and
 * {@code project.version}, {@code project.groupId}, {@code project.artifactId} and the
 * {@code project.parent.*} coordinates. Nothing outside the file (parent poms, settings,
 * system properties) is known, so a reference to those stays unresolved.
 */
final class PomProperties {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
    private static final int MAX_DEPTH = 16;
    /** Nested properties can double a value per level; no real version comes near this. */
    private static final int MAX_LENGTH = 1024;

    private final Map<String, String> values = new HashMap<>();

    PomProperties(Element project) {
        Element parent = PomElements.child(project, "parent");
        String parentGroup = PomElements.text(parent, "groupId");
        String parentVersion = PomElements.text(parent, "version");
        put("project.parent.groupId", parentGroup);
        put("project.parent.version", parentVersion);
        put("project.parent.artifactId", PomElements.text(parent, "artifactId"));
        String group = PomElements.text(project, "groupId");
        String version = PomElements.text(project, "version");
        put("project.groupId", group != null ? group : parentGroup);
        put("project.version", version != null ? version : parentVersion);
        put("project.artifactId", PomElements.text(project, "artifactId"));
        // the pre-Maven-3 spellings still found in old poms
        put("pom.version", values.get("project.version"));
        put("pom.groupId", values.get("project.groupId"));
        put("version", values.get("project.version"));
        Element properties = PomElements.child(project, "properties");
        for (Element property : PomElements.children(properties)) {
            put(property.getTagName(), property.getTextContent().trim());
        }
    }

    /** The value with every reference replaced, or null when one cannot be resolved. */
    String resolve(String value) {
        String current = value;
        for (int depth = 0; current != null && current.contains("${"); depth++) {
            if (depth == MAX_DEPTH || current.length() > MAX_LENGTH) {
                return null;
            }
            current = replaceOnce(current);
        }
        return current == null || current.length() > MAX_LENGTH ? null : current;
    }

    private String replaceOnce(String value) {
        Matcher reference = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String replacement = values.get(reference.group(1));
            if (replacement == null) {
                return null;
            }
            reference.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        reference.appendTail(out);
        return out.toString();
    }

    private void put(String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
