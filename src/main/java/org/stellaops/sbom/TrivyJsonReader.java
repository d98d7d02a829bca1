// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.io.InputStream;

/** PLACEHOLDER: replaced by the real reader before this lands. */
final class TrivyJsonReader implements SbomReader {

    @Override
    public Sbom read(InputStream in, String origin) throws SbomException {
        throw new SbomException(origin + ": PLACEHOLDER reader TrivyJsonReader");
    }
}
