// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses the server's token keys from its configuration: the signing key named by
 * {@code stella.auth.signing-key} (its public key {@code KID.pub.pem} beside it, or among the
 * verification keys), else the newest {@code *.key.pem} of the keys folder, else a pair made
 * there on first start. Trusted for verification: every {@code *.pub.pem} of the keys folder,
 * the configured verification keys, and the signing key's public key.
 *
 * @param signingKey a configured private key file, or null
 * @param signingKeyId its key id, or null for its file name
 * @param verificationKeys configured public key files or folders
 * @param keysDir the folder of generated keys
 */
public record TokenKeySource(Path signingKey, String signingKeyId, List<Path> verificationKeys,
        Path keysDir) {

    /** The keys, and whether a pair was generated to get them. */
    public record Loaded(TokenKeys keys, boolean generated) {
    }

    public Loaded load() {
        boolean generated = false;
        Path privateFile = signingKey;
        if (privateFile == null) {
            List<Path> found = KeyFiles.privateFiles(keysDir);
            if (found.isEmpty()) {
                KeyFiles.generate(keysDir);
                generated = true;
                found = KeyFiles.privateFiles(keysDir);
            }
            // the last by name signs: generated ids begin with their date
            privateFile = found.get(found.size() - 1);
        }
        String kid = signingKey != null && signingKeyId != null ? signingKeyId
                : KeyFiles.keyIdOf(privateFile);

        List<Path> locations = new ArrayList<>();
        if (Files.isDirectory(keysDir)) {
            locations.add(keysDir);
        }
        locations.addAll(verificationKeys);
        Map<String, PublicKey> trusted = new TreeMap<>(KeyFiles.readPublicKeys(locations));
        Path beside = privateFile.resolveSibling(KeyFiles.keyIdOf(privateFile)
                + KeyFiles.PUBLIC_SUFFIX);
        if (!trusted.containsKey(kid)) {
            if (!Files.isRegularFile(beside)) {
                throw new IllegalArgumentException("the signing key " + privateFile
                        + " needs its public key: " + beside + " or a verification key "
                        + "named " + kid + KeyFiles.PUBLIC_SUFFIX);
            }
            trusted.put(kid, KeyFiles.readPublic(beside));
        }
        TokenKeys keys = new TokenKeys(kid, KeyFiles.readPrivate(privateFile), trusted);
        checkPair(keys, privateFile);
        return new Loaded(keys, generated);
    }

    /** A signing key whose trusted public key is another's would issue unusable tokens. */
    private static void checkPair(TokenKeys keys, Path privateFile) {
        TokenRules rules = TokenRules.defaults();
        String probe = new TokenIssuer(keys, rules).issue(TokenClaims.KIND_CLIENT, "probe",
                Tiers.FREE, java.util.Set.of(), java.time.Duration.ofMinutes(1),
                java.time.Instant.now()).jwt();
        try {
            new TokenVerifier(keys, rules).verify(probe);
        } catch (AccessDenied e) {
            throw new IllegalArgumentException("the signing key " + privateFile + " does not "
                    + "match the public key trusted as " + keys.signingKeyId(), e);
        }
    }
}
