// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import io.smallrye.mutiny.Uni;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The salt of every hash the access layer makes: the configured one, or else one generated
 * by whichever replica asks Redis first and read by all others, so all replicas name a
 * caller alike. Fetched once per process; until it is, each request asks (and the answer
 * is the same).
 */
final class QuotaSalt {

    private static final Logger LOG = Logger.getLogger(QuotaSalt.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final QuotaLedger ledger;
    private volatile AddressHashes hashes;

    QuotaSalt(Optional<String> configured, QuotaLedger ledger) {
        this.ledger = ledger;
        configured.filter(s -> !s.isBlank()).ifPresent(s -> hashes = new AddressHashes(s));
    }

    /** The hashes, once the salt is known here; null until then (ask {@link #hashes}). */
    AddressHashes known() {
        return hashes;
    }

    Uni<AddressHashes> hashes() {
        AddressHashes known = hashes;
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        return ledger.sharedSalt(HexFormat.of().formatHex(fresh)).map(salt -> {
            if (hashes == null) {
                LOG.info("quota salt shared through Redis (key: " + QuotaKeys.SALT + ")");
                hashes = new AddressHashes(salt);
            }
            return hashes;
        });
    }
}
