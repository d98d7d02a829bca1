// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stellaops.match.PackageMatcher;
import org.stellaops.policy.GateResult;
import org.stellaops.policy.Policy;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.policy.PolicyException;
import org.stellaops.policy.PolicyLoader;
import org.stellaops.policy.PolicyResult;
import org.stellaops.serve.SnapshotHolder;
import org.stellaops.serve.VerdictSources;
import org.stellaops.serve.Workers;
import org.stellaops.store.PolicyStore;

/**
 * {@code POST /policy/preview} (also {@code /api/v1/policy/preview}): the verdicts a policy
 * would give, and how they differ from the current policy's, changing nothing stored.
 *
 * <p>The body names the policy, inline ({@code "policy": YAML}) or stored
 * ({@code "policyName"}, optional {@code "policyVersion"}), and the findings: a finished scan
 * ({@code "scan": ID}, compared with the verdicts its report records) or an SBOM
 * ({@code "sbom"}: the document as a string, or a JSON SBOM as an object; matched against the
 * current snapshot with the client's VEX, and compared with the server's default policy).
 */
@Path("/policy/preview")
public class PolicyPreviewResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    StoredReports reports;
    @Inject
    PolicyStore policies;
    @Inject
    SnapshotHolder snapshots;
    @Inject
    VerdictSources sources;
    @Inject
    Workers workers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> preview(JsonNode body, HttpHeaders headers,
            RoutingContext ctx) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("send {\"policy\": YAML} or {\"policyName\": NAME}"
                    + ", with {\"scan\": ID} or {\"sbom\": DOCUMENT}");
        }
        boolean byScan = body.hasNonNull("scan");
        if (byScan == body.hasNonNull("sbom")) {
            throw ProblemException.badRequest("name exactly one of scan (an id) and sbom");
        }
        PackageMatcher matcher = snapshots.current();
        if (matcher == null) {
            throw new ProblemException(503, "Service Unavailable", snapshots.problem());
        }
        String client = ClientKeys.namespaceOf(Callers.of(ctx), headers);
        return candidateOf(body).chain(candidate -> byScan
                ? previewScan(body.path("scan").asText(), candidate, matcher)
                : previewSbom(body, candidate, matcher, client))
                .map(view -> Response.ok(ScanViews.json(view), MediaType.APPLICATION_JSON)
                        .build());
    }

    private Uni<Map<String, Object>> previewScan(String id, PolicyEngine candidate,
            PackageMatcher matcher) {
        if (!id.matches("[0-9a-f]{32}")) {
            throw ProblemException.badRequest("a scan id is 32 hex digits");
        }
        return reports.text(id, ReportFormat.JSON).emitOn(workers.pool()).map(text -> {
            if (text == null) {
                throw ProblemException.notFound("scan " + id + " has no report (not finished, "
                        + "failed, or expired)");
            }
            JsonNode report = parse(text);
            ReportFacts stored = new ReportFacts(report, matcher.snapshot()::publishedOf);
            PolicyResult result = candidate.evaluate(stored.facts, stored.scan);
            List<PreviewVerdict> after = stored.verdictsUnder(result);
            Map<String, Object> view = viewOf(candidate, result, after, stored.verdicts);
            view.put("current", currentOf(report.path("policy")));
            view.put("input", Map.of("scan", id));
            return view;
        });
    }

    private Uni<Map<String, Object>> previewSbom(JsonNode body, PolicyEngine candidate,
            PackageMatcher matcher, String client) {
        byte[] sbom = body.path("sbom").isTextual()
                ? body.path("sbom").asText().getBytes(StandardCharsets.UTF_8)
                : body.path("sbom").toString().getBytes(StandardCharsets.UTF_8);
        String sbomType = body.path("sbomType").asText("auto");
        PolicyEngine current = sources.defaultPolicy();
        return sources.standingVex(client, workers.pool()).map(standing -> {
            SbomPreview scan = SbomPreview.run(sbom, sbomType, matcher, standing,
                    sources.trust(), current, candidate);
            Map<String, Object> view = viewOf(candidate, scan.candidate().verdict().policy(),
                    ReportFacts.verdictsOf(scan.candidate()),
                    ReportFacts.verdictsOf(scan.current()));
            view.put("current", current == null ? null : summaryOf(current.policy()));
            view.put("input", Map.of("sbom", scan.candidate().target().digest()));
            return view;
        });
    }

    private static Map<String, Object> viewOf(PolicyEngine candidate, PolicyResult result,
            List<PreviewVerdict> after, List<PreviewVerdict> before) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("policy", summaryOf(candidate.policy()));
        boolean blocked = !result.gatesPassed() || after.stream().anyMatch(PreviewVerdict::blocks);
        view.put("blocked", blocked);
        view.put("gates", result.gates().stream().map(PolicyPreviewResource::gateOf).toList());
        view.put("warnings", result.warnings());
        view.put("verdicts", after.stream().map(PolicyPreviewResource::verdictOf).toList());
        view.put("differences", PolicyDiff.of(before, after));
        return view;
    }

    private Uni<PolicyEngine> candidateOf(JsonNode body) {
        if (body.hasNonNull("policy")) {
            if (!body.path("policy").isTextual()) {
                throw ProblemException.badRequest("policy is the YAML text, as a string");
            }
            String text = body.path("policy").asText();
            return Uni.createFrom().item(() -> compile("policy", text))
                    .runSubscriptionOn(workers.pool());
        }
        if (!body.hasNonNull("policyName")) {
            throw ProblemException.badRequest("name the policy: policy (YAML) or policyName");
        }
        String name = VerdictUploads.checkName(body.path("policyName").asText());
        Long version = body.hasNonNull("policyVersion")
                ? body.path("policyVersion").asLong() : null;
        return policies.find(name, version).emitOn(workers.pool()).map(stored -> {
            if (stored == null) {
                throw ProblemException.notFound("no policy " + name
                        + (version == null ? "" : " version " + version));
            }
            return compile("policy " + name + " v" + stored.version(), stored.text());
        });
    }

    private static PolicyEngine compile(String origin, String text) {
        if (text.length() > PolicyLoader.MAX_SIZE) {
            throw new ProblemException(413, "Content Too Large", "a policy is at most "
                    + PolicyLoader.MAX_SIZE + " bytes");
        }
        try {
            return PolicyEngine.compile(PolicyLoader.parse(origin, text));
        } catch (PolicyException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    private static Map<String, Object> summaryOf(Policy policy) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", policy.name());
        summary.put("version", policy.version());
        summary.put("digest", policy.digest());
        return summary;
    }

    private static Object currentOf(JsonNode policy) {
        if (!policy.isObject()) {
            return null;
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", policy.path("name").asText(null));
        summary.put("version", policy.path("version").asText(null));
        summary.put("digest", policy.path("digest").asText(null));
        return summary;
    }

    private static Map<String, Object> gateOf(GateResult gate) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", gate.name());
        view.put("passed", gate.passed());
        view.put("message", gate.message());
        return view;
    }

    private static Map<String, Object> verdictOf(PreviewVerdict verdict) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", verdict.id());
        view.put("purl", verdict.purl());
        view.put("level", verdict.level());
        view.put("vexStatus", verdict.vexStatus());
        view.putAll(PolicyDiff.decisionOf(verdict));
        return view;
    }

    private static JsonNode parse(byte[] text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored report does not parse", e);
        }
    }
}
