// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.stellaops.crypto.CryptoProfile;
import org.stellaops.crypto.CryptoProfiles;
import org.stellaops.crypto.Signer;
import org.stellaops.crypto.SigningKeySources;
import org.stellaops.crypto.SigningKeys;
import org.stellaops.pipeline.EvidenceSettings;
import org.stellaops.vex.VexSettings;

/**
 * The server's signing keys, read once at start-up as the command line reads them
 * (docs/crypto.md): {@code stella.attest.key} (with {@code stella.attest.key-password}) under
 * {@code stella.crypto.profile}, else the profile's keys in {@code stella.attest.keys-dir}
 * (default {@code ~/.stella/keys}), created there on first start and logged. A key that cannot
 * be read, or is outside the profile, fails start-up: a server that was told to sign must not
 * run unsigned. {@code stella.attest.enabled=false} turns signing off; the replay manifest is
 * recorded either way.
 */
@ApplicationScoped
@Startup
public class AttestKeys {

    @Inject
    Config config;

    private EvidenceSettings settings;

    @PostConstruct
    void load() {
        SigningKeys keys = null;
        if (config.getOptionalValue("stella.attest.enabled", Boolean.class).orElse(true)) {
            keys = signingKeys();
            Log.infof("attestations signed (profile: %s, keys: %s)", keys.profile(),
                    String.join(", ", keys.signers().stream().map(Signer::keyId).toList()));
        } else {
            Log.info("attestation signing off (stella.attest.enabled=false); replay manifests "
                    + "are still recorded");
        }
        Map<String, String> recorded = new TreeMap<>();
        for (String key : new String[] {VexSettings.TRUST, VexSettings.DEFAULT_WEIGHT,
                VexSettings.HALF_LIFE}) {
            recorded.put(key, value(key).orElse(""));
        }
        settings = new EvidenceSettings(keys, recorded);
    }

    /** What every scan's attest stage uses. */
    public EvidenceSettings settings() {
        return settings;
    }

    private SigningKeys signingKeys() {
        CryptoProfile profile = CryptoProfiles.named(
                value("stella.crypto.profile").orElse("default"));
        Path dir = value("stella.attest.keys-dir").map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".stella", "keys"));
        return SigningKeySources.resolve(profile,
                value("stella.attest.key").map(Path::of).orElse(null),
                value("stella.attest.key-password").map(String::toCharArray).orElse(null), dir,
                made -> Log.infof("no signing key configured (stella.attest.key): created a key "
                        + "pair (profile: %s, dir: %s)", made.profile(), dir));
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
    }
}
