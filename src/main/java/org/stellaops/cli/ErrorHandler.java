// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import org.stellaops.attest.AttestationException;
import org.stellaops.crypto.CryptoException;
import org.stellaops.db.DatabaseException;
import org.stellaops.feed.FeedException;
import org.stellaops.image.ImageException;
import org.stellaops.inventory.InventoryException;
import org.stellaops.replay.ReplayException;
import org.stellaops.sbom.SbomException;
import picocli.CommandLine;

/**
 * Turns failures into one clear line on standard error and exit code 2. Expected failures (bad
 * input, no snapshot) print their message; anything else prints its type too, and its stack
 * trace with {@code --verbose}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli,
            CommandLine.ParseResult parsed) {
        if (e instanceof FeedException || e instanceof DatabaseException
                || e instanceof UsageException || e instanceof SbomException
                || e instanceof ImageException || e instanceof InventoryException
                || e instanceof ReplayException || e instanceof CryptoException
                || e instanceof AttestationException) {
            cli.getErr().println("error: " + e.getMessage());
        } else if (e instanceof ServerException) {
            // the message says whether the server answered or could not be reached
            cli.getErr().println("stella: " + e.getMessage());
        } else {
            cli.getErr().println("error: " + e);
            if (Logging.verbose()) {
                e.printStackTrace(cli.getErr());
            }
        }
        return StellaMain.EXIT_ERROR;
    }
}
