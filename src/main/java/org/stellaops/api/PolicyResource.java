// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stellaops.policy.Policy;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.policy.PolicyException;
import org.stellaops.policy.PolicyLoader;
import org.stellaops.serve.Workers;
import org.stellaops.store.PolicyStore;
import org.stellaops.store.StoredPolicy;

/**
 * Named, versioned policies ({@code /policies}, also {@code /api/v1/policies}). A POST stores
 * the YAML as the next version of the policy its {@code name} names; versions are numbered by
 * the server and never change, so a report's policy version and digest always name one text.
 * A scan uses one with {@code ?policy=NAME[&policyVersion=N]} (the latest by default).
 */
@Path("/policies")
public class PolicyResource {

    static final int MAX_BYTES = PolicyLoader.MAX_SIZE;

    @Inject
    PolicyStore store;
    @Inject
    Workers workers;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> save(byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("send the policy's YAML as the body");
        }
        if (body.length > MAX_BYTES) {
            throw new ProblemException(413, "Content Too Large", "a policy is at most "
                    + MAX_BYTES + " bytes");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return Uni.createFrom().item(() -> compiled(text)).runSubscriptionOn(workers.pool())
                .chain(policy -> store.save(VerdictUploads.checkName(policy.name()),
                        policy.digest(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                        text))
                .map(stored -> Response.created(URI.create("/api/v1/policies/" + stored.name()
                        + "/" + stored.version())).entity(ScanViews.json(viewOf(stored, false)))
                        .type(MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> list() {
        return store.names().chain(names -> {
            List<Uni<StoredPolicy>> latest = names.stream().map(n -> store.find(n, null))
                    .toList();
            Uni<List<StoredPolicy>> all = latest.isEmpty()
                    ? Uni.createFrom().item(List.<StoredPolicy>of())
                    : Uni.join().all(latest).andFailFast();
            return all.map(policies -> {
                Map<String, Object> page = new LinkedHashMap<>();
                // a name whose last version was deleted meanwhile finds none: left out
                page.put("policies", policies.stream().filter(p -> p != null)
                        .map(p -> viewOf(p, false)).toList());
                return Response.ok(ScanViews.json(page), MediaType.APPLICATION_JSON).build();
            });
        });
    }

    @GET
    @Path("{name}")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> versions(@PathParam("name") String name) {
        return store.versions(VerdictUploads.checkName(name)).map(all -> {
            if (all.isEmpty()) {
                throw ProblemException.notFound("no policy " + name);
            }
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("name", name);
            page.put("latest", all.get(all.size() - 1).version());
            page.put("versions", all.stream().map(p -> viewOf(p, false)).toList());
            return Response.ok(ScanViews.json(page), MediaType.APPLICATION_JSON).build();
        });
    }

    @GET
    @Path("{name}/{version}")
    @Produces({MediaType.APPLICATION_JSON, "application/yaml", Problems.MEDIA_TYPE})
    public Uni<Response> version(@PathParam("name") String name,
            @PathParam("version") String version) {
        return store.find(VerdictUploads.checkName(name), versionOf(version)).map(policy -> {
            if (policy == null) {
                throw ProblemException.notFound("no policy " + name + " version " + version);
            }
            return Response.ok(ScanViews.json(viewOf(policy, true)), MediaType.APPLICATION_JSON)
                    .build();
        });
    }

    @DELETE
    @Path("{name}")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> deleteAll(@PathParam("name") String name) {
        return store.delete(VerdictUploads.checkName(name), null).map(count -> gone(count,
                "no policy " + name));
    }

    @DELETE
    @Path("{name}/{version}")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> delete(@PathParam("name") String name,
            @PathParam("version") String version) {
        return store.delete(VerdictUploads.checkName(name), versionOf(version))
                .map(count -> gone(count, "no policy " + name + " version " + version));
    }

    private static Response gone(long count, String problem) {
        if (count == 0) {
            throw ProblemException.notFound(problem);
        }
        return Response.noContent().build();
    }

    private static Long versionOf(String text) {
        if (text.equals("latest")) {
            return null;
        }
        try {
            long version = Long.parseLong(text);
            if (version < 1) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("a policy version is a number from 1, or latest");
        }
    }

    private static Policy compiled(String text) {
        try {
            Policy policy = PolicyLoader.parse("policy", text);
            PolicyEngine.compile(policy);
            return policy;
        } catch (PolicyException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    private static Map<String, Object> viewOf(StoredPolicy policy, boolean withText) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", policy.name());
        view.put("version", policy.version());
        view.put("digest", policy.digest());
        view.put("stored", policy.stored());
        view.put("location", "/api/v1/policies/" + policy.name() + "/" + policy.version());
        if (withText) {
            view.put("text", policy.text());
        }
        return view;
    }
}
