// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import org.stellaops.scan.ScanResult;

/** PLACEHOLDER: replaced by the real report before this lands. */
public final class SarifReport {

    private SarifReport() {
    }

    public static String render(ScanResult result) {
        throw new UnsupportedOperationException("PLACEHOLDER SarifReport");
    }
}
