// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.stellaops.attest.CertificateChains;
import org.stellaops.attest.ScanAttestations;
import org.stellaops.pipeline.EvidenceSet;
import org.stellaops.replay.ManifestAttestation;
import org.stellaops.serve.Workers;
import org.stellaops.store.ScanState;
import org.stellaops.store.ScanStore;

/**
 * A finished scan's evidence (docs/attestations.md, docs/replay.md): its replay manifest
 * ({@code GET /scans/{id}/srm}, YAML), its signed envelopes together
 * ({@code GET /scans/{id}/attestations}) or one by file name
 * ({@code GET /scans/{id}/attestations/{name}}), the bytes {@code stella verify} reads.
 */
@Path("/")
public class EvidenceResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A file that is not there, in a list of reads (Mutiny joins no nulls). */
    private static final byte[] NONE = new byte[0];
    private static final String YAML = "application/yaml";
    private static final String PEM = "application/x-pem-file";
    private static final List<String> ENVELOPES = List.of(ScanAttestations.GRAPH,
            ScanAttestations.SBOM, ManifestAttestation.FILE, ScanAttestations.VULNS);

    @Inject
    ScanStore store;
    @Inject
    StoredReports stored;
    @Inject
    Workers workers;

    @GET
    @Path("scans/{id}/srm")
    @Produces({YAML, Problems.MEDIA_TYPE})
    public Uni<Response> srm(@PathParam("id") String id, HttpHeaders headers,
            RoutingContext ctx) {
        return completed(id, ctx).chain(state -> stored.serve(id, EvidenceSet.SRM, YAML,
                acceptEncoding(headers), "scan " + id + " has no replay manifest (it ran on a "
                        + "server without the attest stage, or it expired)"));
    }

    @GET
    @Path("scans/{id}/attestations/{name}")
    @Produces({MediaType.APPLICATION_JSON, PEM, Problems.MEDIA_TYPE})
    public Uni<Response> attestation(@PathParam("id") String id,
            @PathParam("name") String name, HttpHeaders headers, RoutingContext ctx) {
        String mediaType = ENVELOPES.contains(name) ? MediaType.APPLICATION_JSON
                : chainNames().contains(name) ? PEM : null;
        if (mediaType == null) {
            throw ProblemException.notFound("no attestation file " + name + " (there are "
                    + String.join(", ", ENVELOPES) + " and, with a certificate chain, "
                    + String.join(", ", chainNames()) + ")");
        }
        return completed(id, ctx).chain(state -> stored.serve(id,
                EvidenceSet.ATTESTATION_PREFIX + name, mediaType, acceptEncoding(headers),
                "scan " + id + " has no " + name + " (signing is off on its server, or it "
                        + "expired)"));
    }

    /** Every envelope of the scan by file name, and the chains when there are some. */
    @GET
    @Path("scans/{id}/attestations")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> attestations(@PathParam("id") String id, RoutingContext ctx) {
        List<String> names = new ArrayList<>(ENVELOPES);
        names.addAll(chainNames());
        return completed(id, ctx).chain(state -> {
            List<Uni<byte[]>> reads = names.stream()
                    .map(name -> stored.text(id, EvidenceSet.ATTESTATION_PREFIX + name)
                            .map(bytes -> bytes == null ? NONE : bytes))
                    .toList();
            return Uni.join().all(reads).andFailFast();
        }).emitOn(workers.pool()).map(files -> {
            if (files.get(0).length == 0) {
                throw ProblemException.notFound("scan " + id + " has no attestations "
                        + "(signing is off on its server, or they expired)");
            }
            ObjectNode body = JSON.createObjectNode().put("scan", id);
            ObjectNode envelopes = body.putObject("envelopes");
            ObjectNode chains = body.putObject("chains");
            for (int i = 0; i < names.size(); i++) {
                byte[] file = files.get(i);
                if (file.length > 0 && i < ENVELOPES.size()) {
                    envelopes.set(names.get(i), readTree(file));
                } else if (file.length > 0) {
                    chains.put(names.get(i), new String(file, StandardCharsets.US_ASCII));
                }
            }
            return Response.ok(body.toString(), MediaType.APPLICATION_JSON).build();
        });
    }

    private Uni<ScanState> completed(String id, RoutingContext ctx) {
        ScanResource.checkId(id);
        return store.find(id).map(state -> {
            if (state == null || !ScanOwners.visibleTo(state, Callers.of(ctx))) {
                throw ProblemException.notFound("no scan " + id + " (never submitted, "
                        + "expired, or lost when Redis restarted without persistence)");
            }
            if (!ScanState.COMPLETED.equals(state.state())) {
                throw new ProblemException(409, "Conflict", "scan " + id + " is "
                        + state.state() + ": it has no evidence");
            }
            return state;
        });
    }

    private static List<String> chainNames() {
        return ENVELOPES.stream().map(CertificateChains::fileNameFor).toList();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> acceptEncoding(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader(HttpHeaders.ACCEPT_ENCODING);
        return values == null ? List.of() : values;
    }
}
