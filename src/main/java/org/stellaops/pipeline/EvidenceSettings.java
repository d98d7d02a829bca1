// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import java.util.Map;
import java.util.TreeMap;
import org.stellaops.crypto.SigningKeys;

/**
 * What the attest stage needs from the server's configuration.
 *
 * @param keys the keys every scan's attestations are signed with; null when signing is off,
 *     in which case the stage records the replay manifest alone
 * @param configuration the settings that affect results, as the replay manifest records them
 */
public record EvidenceSettings(SigningKeys keys, Map<String, String> configuration) {

    public EvidenceSettings {
        configuration = java.util.Collections.unmodifiableMap(new TreeMap<>(configuration));
    }
}
