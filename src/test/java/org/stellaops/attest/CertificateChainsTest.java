// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code <name>.chain.pem} file shipped beside an envelope. */
class CertificateChainsTest {

    private static List<X509Certificate> chain;

    @BeforeAll
    static void issueChain() throws Exception {
        chain = TestCertificates.chainFor(TestSigners.ecdsaP256Pair());
    }

    @Test
    void chainFileIsNamedAfterTheEnvelope() {
        assertThat(CertificateChains.fileNameFor("sbom.dsse.json"))
                .isEqualTo("sbom.dsse.chain.pem");
        assertThat(CertificateChains.fileNameFor("graph.dsse.json"))
                .isEqualTo("graph.dsse.chain.pem");
    }

    @Test
    void writtenChainIsPemLeafFirstAndReadsBack(@TempDir Path dir) throws Exception {
        byte[] pem = CertificateChains.write(chain);
        Path file = Files.write(dir.resolve("sbom.dsse.chain.pem"), pem);

        String text = new String(pem, StandardCharsets.US_ASCII);
        assertThat(text).startsWith("-----BEGIN CERTIFICATE-----\n")
                .endsWith("-----END CERTIFICATE-----\n").doesNotContain("\r");
        assertThat(text.lines()).allMatch(line -> line.length() <= 64);
        assertThat(CertificateChains.read(file)).containsExactlyElementsOf(chain);
    }

    @Test
    void textBetweenBlocksIsAllowedAsOpensslWritesIt() {
        String pem = "subject=CN = Stella Test Signer\n"
                + new String(CertificateChains.write(chain), StandardCharsets.US_ASCII);

        assertThat(CertificateChains.read(pem.getBytes(StandardCharsets.US_ASCII))).hasSize(2);
    }

    @Test
    void rootFirstIsRefused() {
        byte[] reversed = CertificateChains.write(List.of(chain.get(1), chain.get(0)));

        assertThatThrownBy(() -> CertificateChains.read(reversed))
                .isInstanceOf(AttestationException.class)
                .hasMessageContaining("not leaf first");
    }

    @Test
    void privateKeyBlockEmptyFileAndBrokenBlockAreRefused() {
        String key = "-----BEGIN PRIVATE KEY-----\nAQID\n-----END PRIVATE KEY-----\n";
        String cut = new String(CertificateChains.write(chain), StandardCharsets.US_ASCII)
                .replaceFirst("-----END CERTIFICATE-----\n$", "");

        assertThatThrownBy(() -> CertificateChains.read(key.getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("PRIVATE KEY block");
        assertThatThrownBy(() -> CertificateChains.read(new byte[0]))
                .hasMessage("chain holds no certificate");
        assertThatThrownBy(() -> CertificateChains.read(cut.getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("no matching END line");
        assertThatThrownBy(() -> CertificateChains.read(
                "-----BEGIN CERTIFICATE-----\nAQID\n-----END CERTIFICATE-----\n"
                        .getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("certificate 0 does not decode");
    }

    @Test
    void oversizedFileIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("big.chain.pem"),
                new byte[CertificateChains.MAX_BYTES + 1]);

        assertThatThrownBy(() -> CertificateChains.read(file))
                .hasMessageContaining("larger than " + CertificateChains.MAX_BYTES);
    }
}
