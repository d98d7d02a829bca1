// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

import org.stellaops.attest.Statement;
import org.stellaops.attest.Subject;
import java.util.List;

/**
 * The replay manifest as an in-toto statement ({@code srm.dsse.json} once signed), so that the
 * settings, inputs and output digests an auditor replays from carry the same signature as the
 * scan's other evidence. Its predicate is the manifest's own tree (the fields of
 * {@code srm.yaml}); its subject, the scanned artifact.
 */
public final class ManifestAttestation {

    public static final String FILE = "srm.dsse.json";
    public static final String PREDICATE_TYPE =
            "https://stella-ops.org/attestations/replay-manifest/v1";

    private ManifestAttestation() {
    }

    public static Statement statementOf(ReplayManifest srm) {
        return new Statement(List.of(Subject.ofSha256(srm.subject().ref(),
                srm.subject().digest())), PREDICATE_TYPE, SrmYaml.toTree(srm));
    }
}
