// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import picocli.CommandLine.Option;

/**
 * Options that users of scanners expect and that a later stage wires in (access control).
 * Until then each is accepted by the parser and refused with a clear "not available yet", so
 * scripts fail loudly instead of silently ignoring them.
 */
final class LaterOptions {

    @Option(names = "--token", paramLabel = "TOKEN", hidden = true)
    String token;

    @Option(names = "--wait-quota", description = "With a server: when it answers 429 (rate "
            + "limit), wait as long as it asks and retry (up to " + QuotaNotices.MAX_WAITS
            + " times, " + QuotaNotices.PATIENCE_MINUTES + " min in all); without it such "
            + "an answer ends the scan with exit code 2.")
    boolean waitQuota;

    void rejectIfUsed() throws UsageException {
        String used = token != null ? "--token" : null;
        if (used != null) {
            throw new UsageException(used + " is not available yet in this version");
        }
    }
}
