// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One artifact a statement speaks about: its name and its digests by algorithm (in-toto's
 * DigestSet). Ours always carry {@code sha256} as 64 lowercase hex digits; digests are kept
 * sorted by algorithm so the statement serialises the same way every time.
 */
public record Subject(String name, Map<String, String> digest) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public Subject {
        Objects.requireNonNull(name, "name");
        if (digest.isEmpty()) {
            throw new AttestationException("subject '" + name + "' has no digest");
        }
        digest = Collections.unmodifiableMap(new TreeMap<>(digest));
    }

    /**
     * A subject named {@code name} whose digest is {@code sha256:<hex>} as our scan targets
     * write it.
     *
     * @throws AttestationException when the digest is not a SHA-256 in that form
     */
    public static Subject ofSha256(String name, String prefixedDigest) {
        if (prefixedDigest == null || !prefixedDigest.startsWith("sha256:")
                || !SHA256_HEX.matcher(prefixedDigest.substring(7)).matches()) {
            throw new AttestationException("subject '" + name + "' needs a sha256:<64 hex> "
                    + "digest, not " + prefixedDigest);
        }
        return new Subject(name, Map.of("sha256", prefixedDigest.substring(7)));
    }

    /** The SHA-256 as lowercase hex, or null when the subject has none. */
    public String sha256() {
        return digest.get("sha256");
    }
}
