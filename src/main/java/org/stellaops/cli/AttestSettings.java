// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.stellaops.attest.CertificateChains;
import org.stellaops.crypto.CryptoProfile;
import org.stellaops.crypto.CryptoProfiles;
import org.stellaops.crypto.SigningKeySources;
import org.stellaops.crypto.SigningKeys;

/**
 * Which crypto profile and keys the command line signs and verifies with (docs/crypto.md):
 * {@code stella.crypto.profile} (default {@code default}); a configured key
 * ({@code stella.attest.key}, {@code stella.attest.key-password}); else the keys this profile
 * left in the keys folder ({@code stella.attest.keys-dir}, default {@code ~/.stella/keys}),
 * created there on first use; trust anchors for certificate chains
 * ({@code stella.attest.trust-anchors}).
 */
final class AttestSettings {

    static final String PROFILE = "stella.crypto.profile";
    static final String KEY = "stella.attest.key";
    static final String KEY_PASSWORD = "stella.attest.key-password";
    static final String KEYS_DIR = "stella.attest.keys-dir";
    static final String TRUST_ANCHORS = "stella.attest.trust-anchors";
    static final String DEFAULT_PROFILE = "default";

    private final StellaConfig config;

    AttestSettings(StellaConfig config) {
        this.config = config;
    }

    CryptoProfile profile() {
        String name = config.value(PROFILE);
        return CryptoProfiles.named(name == null ? DEFAULT_PROFILE : name.strip());
    }

    Path keysDir() {
        String value = config.value(KEYS_DIR);
        return value != null ? Path.of(value)
                : Path.of(System.getProperty("user.home"), ".stella", "keys");
    }

    /**
     * The configured key, else the profile's keys in the keys folder, else new ones made there
     * (and said so on {@code err}, with where they are and their ids).
     */
    SigningKeys signingKeys(PrintWriter err) {
        String key = config.value(KEY);
        String password = config.value(KEY_PASSWORD);
        Path dir = keysDir();
        return SigningKeySources.resolve(profile(), key == null ? null : Path.of(key),
                password == null ? null : password.toCharArray(), dir, made -> {
                    err.println("note: no signing key configured (" + KEY + "); created a key "
                            + "pair of profile " + made.profile() + " in " + dir + " (key ids: "
                            + String.join(", ", made.signers().stream().map(s -> s.keyId())
                                    .toList()) + "); stella verify finds it there");
                    err.flush();
                });
    }

    /** The keys a verification trusts: {@code --key}, {@code --keys-dir}, else the folder. */
    List<PublicKey> trustedKeys(Path keyFile, Path keysDirOption) {
        return CryptoProfiles.readPublicKeys(keyFile != null ? keyFile
                : keysDirOption != null ? keysDirOption : keysDir());
    }

    /** The configured trust anchors for certificate chains (eidas); empty when none. */
    List<X509Certificate> trustAnchors(Path option) throws java.io.IOException {
        String value = option != null ? option.toString() : config.value(TRUST_ANCHORS);
        return value == null ? List.of() : CertificateChains.read(Path.of(value));
    }
}
