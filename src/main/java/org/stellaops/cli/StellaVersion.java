// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest, or "development" when run from classes. */
final class StellaVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = StellaVersion.class.getPackage().getImplementationVersion();
        return new String[] {"stella " + (version == null ? "development" : version)};
    }
}
