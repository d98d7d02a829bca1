// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the server face; it says plainly that it is not built yet. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the server (not available yet).")
final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("`stella serve` is not available yet in this version");
    }
}
