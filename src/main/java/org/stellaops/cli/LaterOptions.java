// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import picocli.CommandLine.Option;

/**
 * Options that users of scanners expect and that a later stage wires in (quotas). Until then
 * each is accepted by the parser and refused with a clear "not available yet", so scripts fail
 * loudly instead of silently ignoring them.
 */
final class LaterOptions {

    @Option(names = "--wait-quota", hidden = true)
    boolean waitQuota;

    void rejectIfUsed() throws UsageException {
        String used = waitQuota ? "--wait-quota" : null;
        if (used != null) {
            throw new UsageException(used + " is not available yet in this version");
        }
    }
}
