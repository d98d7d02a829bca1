// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options that users of scanners expect and that later stages wire in (VEX and policy, access
 * control). Until then each is accepted by the parser and refused with a clear "not available
 * yet", so scripts fail loudly instead of silently ignoring them.
 */
final class LaterOptions {

    @Option(names = "--policy-file", paramLabel = "PATH", hidden = true)
    String policyFile;

    @Option(names = "--vex", paramLabel = "FILE|DIR", hidden = true)
    List<String> vex;

    @Option(names = "--token", paramLabel = "TOKEN", hidden = true)
    String token;

    @Option(names = "--wait-quota", hidden = true)
    boolean waitQuota;

    void rejectIfUsed() throws UsageException {
        String used = policyFile != null ? "--policy-file"
                : vex != null ? "--vex"
                : token != null ? "--token"
                : waitQuota ? "--wait-quota"
                : null;
        if (used != null) {
            throw new UsageException(used + " is not available yet in this version");
        }
    }
}
