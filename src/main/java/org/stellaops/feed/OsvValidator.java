// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates records against the official OSV JSON Schema (bundled from ossf/osv-schema,
 * {@code validation/schema.json}, Apache-2.0).
 *
 * <p>Three kinds of violation are tolerated and reported as warnings. Two because the schema's
 * lists grow faster than any release of ours: an ecosystem that is not on the schema's list
 * (Amazon Linux is not, yet OSV databases publish it) and an id whose database prefix is not.
 * The third inside the events of GIT ranges, which are never used for matching. Such records are
 * kept; the import report counts them.
 */
final class OsvValidator {

    private static final String SCHEMA = "/schemas/osv/schema.json";
    private static final Pattern GIT_EVENT =
            Pattern.compile("\\$\\.affected\\[(\\d+)]\\.ranges\\[(\\d+)]\\.events");

    private final JsonSchema schema;

    OsvValidator() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        try (InputStream in = OsvValidator.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("bundled OSV schema missing: " + SCHEMA);
            }
            this.schema = factory.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the tolerated warnings; throws on the first real violation (in path order). */
    List<String> validate(JsonNode record, String origin) throws FeedException {
        Set<ValidationMessage> messages = schema.validate(record);
        List<ValidationMessage> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                .thenComparing(ValidationMessage::getMessage));
        List<String> warnings = new ArrayList<>();
        for (ValidationMessage message : sorted) {
            String path = message.getInstanceLocation().toString();
            if (isTolerated(path, message, record)) {
                warnings.add(path + ": " + message.getMessage());
                continue;
            }
            throw new FeedException(origin, path, "violates the OSV schema: " + message.getMessage());
        }
        return warnings;
    }

    private static boolean isTolerated(String path, ValidationMessage message, JsonNode record) {
        boolean pattern = "pattern".equals(message.getType());
        if (pattern && (path.endsWith(".package.ecosystem") || path.equals("$.id"))) {
            return true;
        }
        return isInsideGitRange(path, record);
    }

    /**
     * Events of GIT ranges name commits, which are never matched against package versions;
     * real feeds carry some the schema rejects (PyPI has fixed commits ending in ".patch").
     */
    private static boolean isInsideGitRange(String path, JsonNode record) {
        Matcher m = GIT_EVENT.matcher(path);
        if (!m.lookingAt()) {
            return false;
        }
        JsonNode range = record.at("/affected/" + m.group(1) + "/ranges/" + m.group(2));
        return "GIT".equals(range.path("type").asText());
    }
}
