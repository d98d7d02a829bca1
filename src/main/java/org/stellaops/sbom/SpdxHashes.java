// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps SPDX checksum algorithm names to CycloneDX ones. SPDX 2 spells them {@code SHA256},
 * {@code SHA3-256}, {@code BLAKE2b-256}; SPDX 3 spells them {@code sha256}, {@code sha3_256},
 * {@code blake2b256}. Both reduce to one key once case, {@code -} and {@code _} are dropped,
 * which keeps this the exact inverse of {@link Spdx3Packages}' table.
 *
 * <p>Algorithms CycloneDX has no name for (SHA224, MD2, MD4, MD6, ADLER32, SPDX 3's
 * post-quantum ones) are dropped and named once in a warning: a hash no other format can carry
 * would break the conversion round trip, and no advisory matching needs it.
 */
final class SpdxHashes {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("MD5", "MD5"), Map.entry("SHA1", "SHA-1"), Map.entry("SHA256", "SHA-256"),
            Map.entry("SHA384", "SHA-384"), Map.entry("SHA512", "SHA-512"),
            Map.entry("SHA3256", "SHA3-256"), Map.entry("SHA3384", "SHA3-384"),
            Map.entry("SHA3512", "SHA3-512"), Map.entry("BLAKE2B256", "BLAKE2B-256"),
            Map.entry("BLAKE2B384", "BLAKE2B-384"), Map.entry("BLAKE2B512", "BLAKE2B-512"),
            Map.entry("BLAKE3", "BLAKE3"));

    /** Bounds the warning: a hostile document could name any number of algorithms. */
    private static final int MAX_NAMED = 16;

    private final Set<String> dropped = new TreeSet<>();

    /** Records a hash on the package, or remembers the algorithm as dropped. */
    void add(SpdxPackage pkg, String algorithm, String value) {
        if (algorithm == null || value == null || value.isBlank()) {
            return;
        }
        String name = cycloneDxName(algorithm);
        if (name == null) {
            if (dropped.size() < MAX_NAMED) {
                dropped.add(algorithm);
            }
            return;
        }
        pkg.hashes.putIfAbsent(name, value.strip().toLowerCase(Locale.ROOT));
    }

    /** The CycloneDX name of an SPDX 2 or SPDX 3 algorithm, or null when it has none. */
    static String cycloneDxName(String algorithm) {
        String key = algorithm.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        return NAMES.get(key);
    }

    /** A warning naming the dropped algorithms, or null when none was. */
    String warning(String origin) {
        return dropped.isEmpty() ? null : origin + ": hashes dropped, no CycloneDX name for "
                + String.join(", ", dropped);
    }
}
