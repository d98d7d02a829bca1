// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.stellaops.canonical.CanonicalJson;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a policy file ({@code apiVersion: stella.ops/policy/v1}, see docs/policy.md): parses
 * the YAML safely, validates it against the published JSON schema, reads its rules and gates
 * and computes its digest. Every refusal is a {@link PolicyException} with the position in the
 * file. CEL expressions are only compiled by {@link PolicyEngine#compile}.
 */
public final class PolicyLoader {

    /** Policy files larger than this many bytes (1 MiB) are refused unread. */
    public static final int MAX_SIZE = PolicyYaml.MAX_SIZE;

    private PolicyLoader() {
    }

    /** Reads a UTF-8 policy file; its path as given is the origin in error messages. */
    public static Policy load(Path file) throws PolicyException {
        String origin = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_SIZE) {
                throw new PolicyException(origin, 0, 0, "policy file is " + size
                        + " bytes, more than the limit of " + MAX_SIZE);
            }
            return parse(origin, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new PolicyException(origin, 0, 0, "cannot read policy file: " + e.getMessage());
        }
    }

    /** Parses policy bytes, which must be UTF-8; {@code origin} names them in errors. */
    public static Policy parse(String origin, byte[] bytes) throws PolicyException {
        if (bytes.length > MAX_SIZE) {
            throw new PolicyException(origin, 0, 0, "policy file is " + bytes.length
                    + " bytes, more than the limit of " + MAX_SIZE);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return parse(origin, text);
        } catch (CharacterCodingException e) {
            throw new PolicyException(origin, 0, 0, "policy file is not UTF-8");
        }
    }

    /**
     * Parses policy YAML.
     *
     * @param origin names the source in error messages (a file name, "inline", ...)
     */
    public static Policy parse(String origin, String yamlText) throws PolicyException {
        if (yamlText.length() > MAX_SIZE
                || yamlText.getBytes(StandardCharsets.UTF_8).length > MAX_SIZE) {
            throw new PolicyException(origin, 0, 0, "policy is larger than " + MAX_SIZE
                    + " bytes");
        }
        Node root = PolicyYaml.compose(origin, yamlText);
        JsonNode document = YamlTree.toJson(origin, root);
        PolicySchema.validate(origin, document, root);

        PolicyReader reader = new PolicyReader(origin, yamlText);
        JsonNode version = document.get("version");
        String match = document.path("match").asText("first");
        return new Policy(document.get("name").asText(),
                version == null ? null : version.asText(),
                origin,
                digest(document),
                MatchMode.valueOf(match.toUpperCase(Locale.ROOT)),
                reader.readRules(root),
                reader.readGates(root),
                sha256(yamlText.getBytes(StandardCharsets.UTF_8)));
    }

    private static String digest(JsonNode document) {
        return sha256(CanonicalJson.toBytes(document));
    }

    private static String sha256(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
