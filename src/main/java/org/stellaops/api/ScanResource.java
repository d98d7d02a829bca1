// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.stellaops.auth.Caller;
import org.stellaops.pipeline.ScanEvent;
import org.stellaops.pipeline.ScanRequest;
import org.stellaops.quota.QuotaNotice;
import org.stellaops.serve.EventHub;
import org.stellaops.serve.ServerConfig;
import org.stellaops.serve.Workers;
import org.stellaops.store.EventLog;
import org.stellaops.store.ScanState;
import org.stellaops.store.ScanStore;
import org.stellaops.store.StoredEvent;
import org.stellaops.store.history.ScanHistory;

/**
 * The scan API: submit a scan (an SBOM in any format the command line reads, a multipart
 * upload, or a scan request naming an image or a delta scan's layers), read its state and
 * reports, list recent scans, cancel one. Every method is non-blocking; what is heavy runs on
 * the workers.
 */
@Path("/")
public class ScanResource {

    private static final Pattern SCAN_ID = Pattern.compile("[0-9a-f]{32}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REQUEST_BYTES = 1 << 20;

    @Inject
    ScanService scans;
    @Inject
    ScanStore store;
    @Inject
    EventHub hub;
    @Inject
    StoredReports reports;
    @Inject
    ServerConfig config;
    @Inject
    Vertx vertx;
    @Inject
    ScanHistory history;
    @Inject
    Workers workers;
    @Inject
    EventLog events;

    /** An SBOM in the body (any format; detected by content) or a scan request. */
    @POST
    @Path("scan")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> submit(byte[] body, @QueryParam("wait") boolean wait,
            @QueryParam("sbomType") String sbomType, @QueryParam("asOf") String asOf,
            @QueryParam("format") String format, @QueryParam("policy") String policyName,
            @QueryParam("policyVersion") Long policyVersion, HttpHeaders headers,
            RoutingContext ctx) throws IOException {
        Map<String, Object> notice = QuotaNotice.of(ctx);
        String client = ClientKeys.namespaceOf(Callers.of(ctx), headers);
        MediaType type = headers.getMediaType();
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("the request has no body: send an SBOM, a "
                    + "multipart form with an sbom part, or a scan request");
        }
        if (type != null && (type.getType() + "/" + type.getSubtype())
                .equals(ScanRequests.MEDIA_TYPE)) {
            if (body.length > MAX_REQUEST_BYTES) {
                throw new ProblemException(413, "Content Too Large", "a scan request is at most "
                        + MAX_REQUEST_BYTES + " bytes");
            }
            JsonNode requested = JSON.readTree(body);
            ScanRequest request = ScanRequests.read(requested, asOf,
                    config.allowInsecureRegistries());
            // VEX and a policy may ride in the request: {"vex": [{"origin", "document"}],
            // "policy": {"origin", "text"}}, documents as base64 and text as a string
            return Uni.createFrom().item(() -> VerdictUploads.build(
                    VerdictUploads.vexOf(requested), VerdictUploads.policyOf(requested),
                    policyName, policyVersion)).runSubscriptionOn(workers.pool())
                    .chain(verdict -> accept(request, null, client, wait, format, headers,
                            verdict, Callers.of(ctx), notice));
        }
        String reference = asOf == null ? null : ScanRequests.referenceTime(asOf);
        return accept(ScanRequest.sbom(sbomType == null ? "auto" : sbomType, "-", reference),
                body, client, wait, format, headers,
                VerdictUploads.build(List.of(), null, policyName, policyVersion),
                Callers.of(ctx), notice);
    }

    /**
     * Multipart: an {@code sbom} part, {@code vex} parts (OpenVEX, CSAF or CycloneDX; any
     * number) and a {@code policy} part (YAML). VEX and policy are checked before the scan is
     * accepted: a bad one is a 400 naming the part, position and reason.
     */
    @POST
    @Path("scan")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> submitForm(@RestForm("sbom") FileUpload sbom,
            @RestForm("vex") List<FileUpload> vex, @RestForm("policy") FileUpload policy,
            @QueryParam("wait") boolean wait, @QueryParam("sbomType") String sbomType,
            @QueryParam("asOf") String asOf, @QueryParam("format") String format,
            @QueryParam("policy") String policyName,
            @QueryParam("policyVersion") Long policyVersion, HttpHeaders headers,
            RoutingContext ctx) {
        if (sbom == null) {
            throw ProblemException.badRequest("the form has no sbom part");
        }
        String client = ClientKeys.namespaceOf(Callers.of(ctx), headers);
        String reference = asOf == null ? null : ScanRequests.referenceTime(asOf);
        String origin = sbom.fileName() == null || sbom.fileName().isBlank()
                ? "-" : sbom.fileName();
        List<FileUpload> vexParts = vex == null ? List.of() : vex;
        // uploads were spooled to files by the framework: read them, and check the VEX and
        // policy, on a worker, never on the event loop
        Uni<String> verdictInput = Uni.createFrom().item(() -> VerdictUploads.build(
                readAll(vexParts), policy == null ? null : read(policy), policyName,
                policyVersion)).runSubscriptionOn(workers.pool());
        return Uni.createFrom().completionStage(vertx.fileSystem()
                .readFile(sbom.uploadedFile().toString()).toCompletionStage())
                .chain(buffer -> verdictInput.chain(verdict -> accept(ScanRequest.sbom(
                        sbomType == null ? "auto" : sbomType, origin, reference),
                        buffer.getBytes(), client, wait, format, headers, verdict,
                        Callers.of(ctx), QuotaNotice.of(ctx))));
    }

    private static List<VerdictUploads.Upload> readAll(List<FileUpload> parts) {
        List<VerdictUploads.Upload> uploads = new java.util.ArrayList<>();
        parts.forEach(part -> uploads.add(read(part)));
        return uploads;
    }

    private static VerdictUploads.Upload read(FileUpload part) {
        String origin = part.fileName() == null || part.fileName().isBlank()
                ? part.name() : part.fileName();
        try {
            return new VerdictUploads.Upload(origin,
                    java.nio.file.Files.readAllBytes(part.uploadedFile()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @GET
    @Path("scans/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> scan(@PathParam("id") String id, @QueryParam("format") String format,
            HttpHeaders headers, RoutingContext ctx) {
        ReportFormat document = format != null ? ReportFormat.named(format)
                : ReportFormat.accepted(headers.getRequestHeader(HttpHeaders.ACCEPT));
        return stateOf(id, ctx).chain(state -> {
            if (document != null) {
                return reportOf(state, document, headers);
            }
            Map<String, Object> view = ScanViews.of(state);
            String json = ScanViews.json(view);
            if (!ScanState.COMPLETED.equals(state.state())) {
                return Uni.createFrom().item(Response.ok(json, MediaType.APPLICATION_JSON)
                        .build());
            }
            return reports.text(id, ReportFormat.JSON).map(report -> {
                String full = report == null ? json : json.substring(0, json.length() - 1)
                        + ",\"report\":" + new String(report, StandardCharsets.UTF_8) + "}";
                return Response.ok(full, MediaType.APPLICATION_JSON).build();
            });
        });
    }

    @GET
    @Path("scans/{id}/report")
    @Produces({MediaType.APPLICATION_JSON, "application/vnd.cyclonedx+json",
        "application/sarif+json", "application/spdx+json", MediaType.TEXT_PLAIN,
        Problems.MEDIA_TYPE})
    public Uni<Response> report(@PathParam("id") String id, @QueryParam("format") String format,
            HttpHeaders headers, RoutingContext ctx) {
        ReportFormat document = format != null ? ReportFormat.named(format)
                : ReportFormat.accepted(headers.getRequestHeader(HttpHeaders.ACCEPT));
        return stateOf(id, ctx).chain(state -> reportOf(state,
                document == null ? ReportFormat.JSON : document, headers));
    }

    @GET
    @Path("scans")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> list(@QueryParam("offset") Long offset,
            @QueryParam("limit") Integer limit, RoutingContext ctx) {
        Caller caller = Callers.of(ctx);
        long from = offset == null ? 0 : offset;
        int size = limit == null ? 20 : limit;
        if (from < 0 || size < 1 || size > 200) {
            throw ProblemException.badRequest("offset must be 0 or more and limit 1 to 200");
        }
        boolean fromHistory = history.enabled();
        Uni<List<ScanState>> listed = fromHistory ? history.list((int) from, size)
                : store.list(from, size);
        Uni<Long> counted = fromHistory ? history.count() : store.count();
        return listed.chain(states -> counted.map(total -> {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("offset", from);
            page.put("limit", size);
            page.put("total", total);
            page.put("source", fromHistory ? "mongodb" : "redis");
            // Known shortcoming: scans of other callers are left out of the page, not skipped
            // over, so a page may hold fewer than `limit` and `total` counts every scan; an
            // index of scans per caller would make pages exact.
            page.put("scans", states.stream().filter(s -> ScanOwners.visibleTo(s, caller))
                    .map(ScanViews::of).toList());
            if (from + size < total) {
                page.put("next", "/scans?offset=" + (from + size) + "&limit=" + size);
            }
            return Response.ok(ScanViews.json(page), MediaType.APPLICATION_JSON).build();
        }));
    }

    @DELETE
    @Path("scans/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> cancel(@PathParam("id") String id, RoutingContext ctx) {
        return stateOf(id, ctx).chain(visible -> scans.cancel(id)).map(state -> Response.ok(
                ScanViews.json(ScanViews.of(state)),
                MediaType.APPLICATION_JSON).build());
    }

    /**
     * Queues the scan and answers. A scan the quota layer let through with a warning gets
     * a {@code warning} event right after {@code queued}, before the answer, so a client
     * following its events sees it (unless a worker's first event comes between).
     */
    private Uni<Response> accept(ScanRequest request, byte[] input, String client,
            boolean wait, String format, HttpHeaders headers, String verdictInput,
            Caller caller, Map<String, Object> notice) {
        ReportFormat document = format == null ? null : ReportFormat.named(format);
        String owner = Callers.ownerOf(caller);
        return scans.submit(request, input, client, verdictInput, owner).call(id -> notice == null
                ? Uni.createFrom().voidItem()
                : events.append(id, "", ScanEvent.WARNING, ScanViews.json(notice))).chain(id -> {
            if (!wait) {
                return Uni.createFrom().item(accepted(id, ScanState.QUEUED));
            }
            return hub.awaitEnd(id, config.waitTimeout()).chain(end -> end == null
                    ? Uni.createFrom().item(accepted(id, "running"))
                    : answerEnd(id, end, document == null ? ReportFormat.JSON : document,
                            headers));
        });
    }

    private Uni<Response> answerEnd(String id, StoredEvent end, ReportFormat format,
            HttpHeaders headers) {
        if (end.type().equals(ScanState.COMPLETED)) {
            return reports.serve(id, format, acceptEncoding(headers))
                    .map(r -> Response.fromResponse(r).location(URI.create("/scans/" + id))
                            .build());
        }
        String reason = reasonOf(end.body());
        if (end.type().equals(ScanState.CANCELLED)) {
            throw new ProblemException(409, "Conflict", "scan " + id + " was cancelled: "
                    + reason);
        }
        throw new ProblemException(422, "Unprocessable Content", "scan " + id + " failed: "
                + reason);
    }

    private Uni<Response> reportOf(ScanState state, ReportFormat format, HttpHeaders headers) {
        if (!ScanState.COMPLETED.equals(state.state())) {
            throw new ProblemException(409, "Conflict", "scan " + state.id() + " is "
                    + state.state() + ": it has no report"
                    + (state.get("error") == null ? "" : " (" + state.get("error") + ")"));
        }
        return reports.serve(state.id(), format, acceptEncoding(headers));
    }

    private Uni<ScanState> stateOf(String id, RoutingContext ctx) {
        checkId(id);
        return store.find(id).map(state -> {
            if (state == null || !ScanOwners.visibleTo(state, Callers.of(ctx))) {
                throw ProblemException.notFound("no scan " + id + " (never submitted, "
                        + "expired, or lost when Redis restarted without persistence)");
            }
            return state;
        });
    }

    private static Response accepted(String id, String state) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("state", state);
        body.put("location", "/scans/" + id);
        body.put("events", "/scans/" + id + "/events");
        return Response.accepted(ScanViews.json(body)).type(MediaType.APPLICATION_JSON)
                .location(URI.create("/scans/" + id)).build();
    }

    private static List<String> acceptEncoding(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader(HttpHeaders.ACCEPT_ENCODING);
        return values == null ? List.of() : values;
    }

    private static String reasonOf(String body) {
        try {
            return JSON.readTree(body).path("reason").asText("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void checkId(String id) {
        if (!SCAN_ID.matcher(id).matches()) {
            throw ProblemException.notFound("no scan " + id + " (scan ids are 32 hex digits)");
        }
    }
}
