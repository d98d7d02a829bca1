// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import picocli.CommandLine.Command;

/** {@code stella db}: the advisory database. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Manage the advisory database.",
        subcommands = {DbImportCommand.class, DbStatusCommand.class})
final class DbCommand {
}
