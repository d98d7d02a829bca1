// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.util.List;

/**
 * The verdict on the signatures over one message: verified, with the key ids whose signatures
 * held, or not, with the reasons (one line each, for an operator).
 */
public record Verification(boolean verified, List<String> keyIds, List<String> reasons) {

    public Verification {
        keyIds = List.copyOf(keyIds);
        reasons = List.copyOf(reasons);
    }
}
