// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.policy.PolicyException;
import org.stellaops.policy.PolicyLoader;
import org.stellaops.vex.VexException;
import org.stellaops.vex.VexLoader;

/**
 * The VEX parts and the policy a scan is submitted with, checked before the scan is accepted
 * (a bad document is the caller's 400, not a failed scan later) and kept as the scan's verdict
 * input: {@code {"vex": [{"origin", "document" (base64)}], "policy": {"origin", "text"}}} or
 * {@code "policyRef": {"name", "version"}} for a stored policy. CPU work: call it on a worker.
 */
final class VerdictUploads {

    /** A file sent with the scan. */
    record Upload(String origin, byte[] bytes) {
    }

    static final Pattern POLICY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private VerdictUploads() {
    }

    /** The verdict input, or null when the scan brings neither VEX nor policy. */
    static String build(List<Upload> vex, Upload policy, String policyName, Long version) {
        if (vex.isEmpty() && policy == null && policyName == null) {
            return null;
        }
        ObjectNode input = JSON.createObjectNode();
        ArrayNode documents = input.putArray("vex");
        for (Upload upload : vex) {
            try {
                VexLoader.read(upload.origin(), upload.bytes());
            } catch (VexException e) {
                throw ProblemException.badRequest("vex part: " + e.getMessage());
            }
            documents.addObject().put("origin", upload.origin())
                    .put("document", Base64.getEncoder().encodeToString(upload.bytes()));
        }
        if (policy != null && policyName != null) {
            throw ProblemException.badRequest("send a policy part or name a stored policy "
                    + "(?policy=), not both");
        }
        if (policy != null) {
            String text = new String(policy.bytes(), StandardCharsets.UTF_8);
            checkPolicy(policy.origin(), text);
            input.putObject("policy").put("origin", policy.origin()).put("text", text);
        } else if (policyName != null) {
            input.putObject("policyRef").put("name", checkName(policyName)).put("version",
                    version);
        }
        return input.toString();
    }

    /** The VEX documents a scan request carries ({@code "vex": [{"origin", "document"}]}). */
    static List<Upload> vexOf(JsonNode request) {
        List<Upload> uploads = new ArrayList<>();
        JsonNode vex = request.path("vex");
        if (vex.isMissingNode() || vex.isNull()) {
            return uploads;
        }
        if (!vex.isArray()) {
            throw ProblemException.badRequest("vex must be an array of {origin, document}");
        }
        for (JsonNode part : vex) {
            try {
                uploads.add(new Upload(part.path("origin").asText("vex-" + uploads.size()),
                        Base64.getDecoder().decode(part.path("document").asText())));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("vex[" + uploads.size() + "].document must "
                        + "be the document in base64");
            }
        }
        return uploads;
    }

    /** The policy a scan request carries ({@code "policy": {"origin", "text"}}), or null. */
    static Upload policyOf(JsonNode request) {
        JsonNode policy = request.path("policy");
        if (policy.isMissingNode() || policy.isNull()) {
            return null;
        }
        if (!policy.path("text").isTextual()) {
            throw ProblemException.badRequest("policy must be {\"origin\", \"text\"}");
        }
        return new Upload(policy.path("origin").asText("policy"),
                policy.path("text").asText().getBytes(StandardCharsets.UTF_8));
    }

    /** Parses and compiles a policy, or answers 400 with the file, line and column. */
    static void checkPolicy(String origin, String text) {
        try {
            PolicyEngine.compile(PolicyLoader.parse(origin, text));
        } catch (PolicyException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    static String checkName(String name) {
        if (!POLICY_NAME.matcher(name).matches()) {
            throw ProblemException.badRequest("a policy name is 1 to 64 letters, digits, '.', "
                    + "'_' or '-', starting with a letter or digit; not '" + name + "'");
        }
        return name;
    }
}
