// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import picocli.CommandLine.Command;

/** {@code stella admin}: access administration (docs/access.md). */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Manage access: OAuth2 clients of a server and offline tokens.",
        subcommands = {AdminClientCommand.class, AdminTokenCommand.class})
final class AdminCommand {
}
