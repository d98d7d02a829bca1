// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stella} command line. A plain {@code main}: no command here boots a framework,
 * opens a port or connects to a service, so each starts in well under a second.
 *
 * <p>Exit codes: 0 pass, 1 vulnerabilities at or above the threshold, 2 error.
 */
@Command(
        name = "stella",
        mixinStandardHelpOptions = true,
        versionProvider = StellaVersion.class,
        description = "Stella Ops: SBOM-first vulnerability scanner.",
        subcommands = {
            ScanCommand.class,
            SbomCommand.class,
            ConvertCommand.class,
            DbCommand.class,
            AdvisoriesCommand.class,
            ReplayCommand.class,
            VerifyCommand.class,
            ServeCommand.class,
            AdminCommand.class,
            CommandLine.HelpCommand.class
        })
public final class StellaMain {

    public static final int EXIT_PASS = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_ERROR = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (used by tests, which must not exit). */
    public static int run(String... args) {
        Logging.configure(args);
        CommandLine cli = new CommandLine(new StellaMain());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return EXIT_ERROR;
        });
        return cli.execute(args);
    }
}
