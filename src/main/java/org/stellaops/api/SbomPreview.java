// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stellaops.match.PackageMatcher;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.SbomException;
import org.stellaops.sbom.SbomLoader;
import org.stellaops.scan.EmbeddedVex;
import org.stellaops.scan.SbomScanner;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.VerdictStage;
import org.stellaops.scan.VexEvidence;
import org.stellaops.vex.VexDocument;
import org.stellaops.vex.VexTrust;

/**
 * An SBOM scanned for a policy preview, once, then judged by the current and the candidate
 * policy on the same VEX. CPU work: run it on a worker. Nothing is stored.
 */
record SbomPreview(ScanResult current, ScanResult candidate) {

    static SbomPreview run(byte[] sbom, String sbomType, PackageMatcher matcher,
            List<VexDocument> standing, VexTrust trust, PolicyEngine current,
            PolicyEngine candidate) {
        if (sbom.length > SbomLoader.MAX_BYTES) {
            throw new ProblemException(413, "Content Too Large", "an SBOM is at most "
                    + SbomLoader.MAX_BYTES + " bytes");
        }
        Path file = null;
        try {
            file = Files.createTempFile("stella-preview-", ".sbom");
            Files.write(file, sbom);
            LoadedSbom loaded = SbomLoader.load(file, "-", sbomType);
            List<VexDocument> documents = new ArrayList<>(standing);
            documents.addAll(EmbeddedVex.read(file, loaded));
            VexEvidence vex = new VexEvidence(documents, trust);
            ScanResult matched = new SbomScanner(matcher).scan(loaded,
                    matcher.snapshot().manifest().snapshotDate());
            return new SbomPreview(
                    new VerdictStage(vex, current, matcher.snapshot()::publishedOf)
                            .apply(matched),
                    new VerdictStage(vex, candidate, matcher.snapshot()::publishedOf)
                            .apply(matched));
        } catch (SbomException e) {
            throw ProblemException.badRequest(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }
}
