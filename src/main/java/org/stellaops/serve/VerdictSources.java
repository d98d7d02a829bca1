// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.config.Config;
import org.stellaops.pipeline.ScanFailure;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.policy.PolicyException;
import org.stellaops.policy.PolicyLoader;
import org.stellaops.scan.VexEvidence;
import org.stellaops.store.PolicyStore;
import org.stellaops.store.RegisteredVex;
import org.stellaops.store.VexRegistry;
import org.stellaops.vex.VexDocument;
import org.stellaops.vex.VexException;
import org.stellaops.vex.VexLoader;
import org.stellaops.vex.VexSettings;
import org.stellaops.vex.VexTrust;

/**
 * Where a scan's VEX and policy come from on the server, decided when the scan runs:
 * <ul>
 *   <li>VEX: the documents uploaded with the scan, those its client registered, the global
 *       ones ({@code stella.vex.dir}, read at start-up, and those registered as global), and
 *       the SBOM's own (added by the pipeline);</li>
 *   <li>policy: the one uploaded with the scan, else the named policy the scan asked for,
 *       else the configured default ({@code stella.policy.file}), else none.</li>
 * </ul>
 * Issuer trust is configured once ({@link VexSettings}). Bad configuration fails start-up.
 */
@ApplicationScoped
@Startup
public class VerdictSources {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Config config;
    @Inject
    VexRegistry registry;
    @Inject
    PolicyStore policies;

    private static final int MAX_CACHED = 1000;

    private final java.util.Map<String, VexDocument> parsedRegistered =
            new java.util.concurrent.ConcurrentHashMap<>();
    private VexTrust trust;
    private List<VexDocument> configuredVex = List.of();
    private PolicyEngine defaultPolicy;
    private String defaultPolicyDigest;

    @PostConstruct
    void load() {
        trust = VexSettings.trustFrom(key -> config.getOptionalValue(key, String.class)
                .orElse(null));
        Optional<String> dir = config.getOptionalValue("stella.vex.dir", String.class);
        if (dir.isPresent()) {
            try {
                configuredVex = VexLoader.readAll(List.of(Path.of(dir.get())));
                Log.infof("global VEX loaded (dir: %s, documents: %d)", dir.get(),
                        configuredVex.size());
            } catch (VexException e) {
                throw new IllegalStateException("stella.vex.dir: " + e.getMessage(), e);
            }
        }
        Optional<String> file = config.getOptionalValue("stella.policy.file", String.class);
        if (file.isPresent()) {
            try {
                var policy = PolicyLoader.load(Path.of(file.get()));
                defaultPolicy = PolicyEngine.compile(policy);
                defaultPolicyDigest = policy.digest();
                Log.infof("default policy loaded (file: %s, name: %s, digest: %s)", file.get(),
                        policy.name(), policy.digest());
            } catch (PolicyException e) {
                throw new IllegalStateException("stella.policy.file: " + e.getMessage(), e);
            }
        }
    }

    /** The global documents of {@code stella.vex.dir}, as read at start-up. */
    public List<VexDocument> configuredVex() {
        return configuredVex;
    }

    public VexTrust trust() {
        return trust;
    }

    /** The configured default policy, or null. */
    public PolicyEngine defaultPolicy() {
        return defaultPolicy;
    }

    public String defaultPolicyDigest() {
        return defaultPolicyDigest;
    }

    /**
     * The VEX every scan of this client sees, before any uploaded with the scan; parsed on
     * {@code workers}, never on the event loop.
     */
    public Uni<List<VexDocument>> standingVex(String client, Executor workers) {
        return registry.visibleTo(client == null ? RegisteredVex.GLOBAL : client)
                .emitOn(workers).map(entries -> {
            List<VexDocument> documents = new ArrayList<>(configuredVex);
            for (RegisteredVex entry : entries) {
                documents.add(registeredDocument(entry));
            }
            return documents;
        });
    }

    /**
     * The VEX and policy of one scan: its stored verdict input (null when it sent none) on
     * top of what its client always sees.
     */
    public Uni<ScanVerdictInput> resolve(String client, String verdictInput,
            Executor workers) {
        JsonNode input = parseInput(verdictInput);
        Uni<PolicyEngine> policy = policyOf(input, workers);
        return standingVex(client, workers).chain(standing -> policy.map(engine -> {
            List<VexDocument> documents = new ArrayList<>(standing);
            for (JsonNode part : input.path("vex")) {
                documents.add(parse(part.path("origin").asText(),
                        Base64.getDecoder().decode(part.path("document").asText())));
            }
            return new ScanVerdictInput(new VexEvidence(documents, trust), engine);
        }));
    }

    private Uni<PolicyEngine> policyOf(JsonNode input, Executor workers) {
        JsonNode inline = input.path("policy");
        if (inline.isObject()) {
            return Uni.createFrom().item(compile(inline.path("origin").asText(),
                    inline.path("text").asText()));
        }
        JsonNode named = input.path("policyRef");
        if (named.isObject()) {
            String name = named.path("name").asText();
            Long version = named.hasNonNull("version") ? named.path("version").asLong() : null;
            return policies.find(name, version).emitOn(workers).map(stored -> {
                if (stored == null) {
                    throw new ScanFailure("policy " + name + (version == null ? ""
                            : " version " + version) + " is not stored on this server");
                }
                return compile("policy " + name + " v" + stored.version(), stored.text());
            });
        }
        return Uni.createFrom().item(defaultPolicy);
    }

    /**
     * A registered document, parsed and validated once per replica: registered VEX is merged
     * into every scan of its client, and a schema validation per scan would cost more than
     * the merge. Entries never change (a new document is a new id), so the cache is only
     * bounded, never invalidated.
     */
    private VexDocument registeredDocument(RegisteredVex entry) {
        String key = entry.id() + " " + entry.digest();
        VexDocument cached = parsedRegistered.get(key);
        if (cached != null) {
            return cached;
        }
        VexDocument parsed = parse("registered:" + entry.id(), entry.document());
        if (parsedRegistered.size() >= MAX_CACHED) {
            parsedRegistered.clear();
        }
        parsedRegistered.put(key, parsed);
        return parsed;
    }

    static PolicyEngine compile(String origin, String text) {
        try {
            return PolicyEngine.compile(PolicyLoader.parse(origin, text));
        } catch (PolicyException e) {
            throw new ScanFailure(e.getMessage());
        }
    }

    private static VexDocument parse(String origin, byte[] bytes) {
        try {
            return VexLoader.read(origin, bytes);
        } catch (VexException e) {
            throw new ScanFailure(e.getMessage());
        }
    }

    private static JsonNode parseInput(String text) {
        if (text == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("a scan's stored verdict input does not parse", e);
        }
    }

    /** A scan's VEX and compiled policy (null for none). */
    public record ScanVerdictInput(VexEvidence vex, PolicyEngine policy) {
    }
}
