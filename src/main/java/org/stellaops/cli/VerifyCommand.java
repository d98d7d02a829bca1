// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.stellaops.attest.CertificateChains;
import org.stellaops.attest.Envelope;
import org.stellaops.attest.EnvelopeVerification;
import org.stellaops.attest.EnvelopeVerifier;
import org.stellaops.crypto.CryptoProfile;
import org.stellaops.replay.InputStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stella verify ENVELOPE...}: checks DSSE envelopes offline against trusted public keys
 * under the configured crypto profile, and with {@code --artifact} or {@code --digest} that a
 * statement names the artifact. A folder stands for the envelopes in it. Exit 0 when every
 * envelope is verified, 1 when one is not (each reason printed), 2 when an envelope, key or
 * chain cannot be read at all.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify signed attestations (DSSE envelopes) offline.")
final class VerifyCommand implements Callable<Integer> {

    private static final String ENVELOPE_SUFFIX = ".dsse.json";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ENVELOPE", arity = "1..*",
            description = "Envelope files (*.dsse.json), or folders of them.")
    List<Path> envelopes;

    @Option(names = "--key", paramLabel = "FILE", description = "Trust this public key "
            + "(SubjectPublicKeyInfo PEM or certificate PEM).")
    Path key;

    @Option(names = "--keys-dir", paramLabel = "DIR", description = "Trust the public keys in "
            + "this folder (default: stella.attest.keys-dir, ~/.stella/keys).")
    Path keysDir;

    @Option(names = "--trust-anchors", paramLabel = "FILE", description = "PEM certificates "
            + "a shipped certificate chain must lead to (default: stella.attest.trust-anchors).")
    Path trustAnchors;

    @Option(names = "--artifact", paramLabel = "FILE",
            description = "The artifact: a subject must carry its sha256.")
    Path artifact;

    @Option(names = "--digest", paramLabel = "sha256:HEX",
            description = "The artifact's digest (an image manifest digest, say).")
    String digest;

    @Override
    public Integer call() throws Exception {
        if (key != null && keysDir != null) {
            throw new UsageException("give --key or --keys-dir, not both");
        }
        AttestSettings settings = new AttestSettings(StellaConfig.fromEnvironment());
        CryptoProfile profile = settings.profile();
        List<PublicKey> trusted = settings.trustedKeys(key, keysDir);
        List<X509Certificate> anchors = settings.trustAnchors(trustAnchors);
        EnvelopeVerifier verifier = new EnvelopeVerifier(profile.verifier(trusted, anchors));
        String subject = subjectDigest();
        PrintWriter out = spec.commandLine().getOut();
        boolean all = true;
        for (Path file : envelopeFiles()) {
            EnvelopeVerification verdict = verifier.verify(read(file), chainOf(file), subject);
            all &= verdict.verified();
            print(out, file, verdict);
        }
        out.flush();
        return all ? StellaMain.EXIT_PASS : StellaMain.EXIT_FINDINGS;
    }

    private void print(PrintWriter out, Path file, EnvelopeVerification verdict) {
        if (verdict.verified()) {
            out.println("verified: " + file + " (" + verdict.statement().predicateType()
                    + ", signed by " + String.join(", ", verdict.signatures().keyIds())
                    + (subjectNamed() ? ", subject matches" : "") + ")");
            return;
        }
        out.println("not verified: " + file);
        verdict.reasons().forEach(reason -> out.println("  " + reason));
    }

    private boolean subjectNamed() {
        return artifact != null || digest != null;
    }

    private String subjectDigest() throws IOException, UsageException {
        if (artifact != null && digest != null) {
            throw new UsageException("give --artifact or --digest, not both");
        }
        if (artifact != null) {
            return InputStore.digestOf(artifact);
        }
        if (digest != null && !digest.matches("sha256:[0-9a-fA-F]{64}")) {
            throw new UsageException("--digest must be sha256: and 64 hex digits, not '"
                    + digest + "'");
        }
        return digest;
    }

    /** The files named, folders replaced by their envelopes in name order. */
    private List<Path> envelopeFiles() throws IOException, UsageException {
        List<Path> files = new ArrayList<>();
        for (Path given : envelopes) {
            if (Files.isDirectory(given)) {
                try (Stream<Path> listed = Files.list(given)) {
                    listed.filter(p -> p.getFileName().toString().endsWith(ENVELOPE_SUFFIX))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(given)) {
                files.add(given);
            } else {
                throw new UsageException(given + ": no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no envelope (*" + ENVELOPE_SUFFIX + ") in " + envelopes);
        }
        return files;
    }

    private static Envelope read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Envelope.read(in, Envelope.DEFAULT_MAX_BYTES);
        } catch (org.stellaops.attest.AttestationException e) {
            throw new org.stellaops.attest.AttestationException(file + ": " + e.getMessage(), e);
        }
    }

    /** The chain shipped beside the envelope ({@code NAME.dsse.chain.pem}), or none. */
    private static List<X509Certificate> chainOf(Path envelope) throws IOException {
        Path chain = envelope.resolveSibling(
                CertificateChains.fileNameFor(envelope.getFileName().toString()));
        return Files.isRegularFile(chain) ? CertificateChains.read(chain) : List.of();
    }
}
