// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.stellaops.auth.KeyFiles;
import org.stellaops.auth.Scopes;
import org.stellaops.auth.TokenClaims;
import org.stellaops.auth.TokenIssuer;
import org.stellaops.auth.TokenKeys;
import org.stellaops.auth.TokenRules;

/**
 * {@code stella admin token issue|revoke}. Issuing is offline: the token is signed here with a
 * private key the server trusts the public half of ({@code stella.auth.verification-keys} or
 * its keys folder), and the server verifies it with no call back. Revoking tells a server.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Issue offline tokens, or revoke a token by its id.")
final class AdminTokenCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "issue", mixinStandardHelpOptions = true, description = "Sign a long-lived "
            + "token offline; prints it on standard output and its id (jti) on standard error.")
    int issue(
            @Option(names = "--key", paramLabel = "PRIVATE.pem", required = true,
                    description = "EC P-256 private key (PKCS#8 PEM), e.g. KID.key.pem of the "
                            + "server's keys folder.") Path key,
            @Option(names = "--kid", paramLabel = "ID", description = "Key id the server "
                    + "knows the public key by (default: the key file's name).") String kid,
            @Option(names = "--tier", paramLabel = "TIER", defaultValue = "free",
                    description = "Quota tier (default: free).") String tier,
            @Option(names = "--days", paramLabel = "N", defaultValue = "365",
                    description = "Lifetime in days (default: 365).") int days,
            @Option(names = "--subject", paramLabel = "NAME", defaultValue = "offline",
                    description = "Who the token is for, as recorded in it.") String subject,
            @Option(names = "--scope", paramLabel = "SCOPE", split = ",", description = "Scopes "
                    + "(default: scan:write, scan:read, policy:preview).") List<String> scopes,
            @Option(names = "--issuer", paramLabel = "ISS", defaultValue = TokenRules
                    .DEFAULT_ISSUER, description = "Must equal the server's stella.auth.issuer.")
            String issuer,
            @Option(names = "--audience", paramLabel = "AUD", defaultValue = TokenRules
                    .DEFAULT_AUDIENCE, description = "Must equal the server's "
                    + "stella.auth.audience.") String audience) throws UsageException {
        if (!Files.isRegularFile(key)) {
            throw new UsageException("no private key at " + key);
        }
        if (days < 1 || days > 3650) {
            throw new UsageException("--days must be 1 to 3650");
        }
        TreeSet<String> granted = new TreeSet<>(scopes == null ? Scopes.ANONYMOUS : scopes);
        if (!Scopes.ALL.containsAll(granted)) {
            throw new UsageException("unknown scope in " + granted + " (known: "
                    + new TreeSet<>(Scopes.ALL) + ")");
        }
        PrivateKey privateKey;
        try {
            privateKey = KeyFiles.readPrivate(key);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String keyId = kid != null ? kid : KeyFiles.keyIdOf(key);
        TokenKeys keys = TokenKeys.signingOnly(keyId, privateKey);
        TokenIssuer.Issued issued = new TokenIssuer(keys, new TokenRules(issuer, audience,
                TokenRules.DEFAULT_LEEWAY)).issue(TokenClaims.KIND_TOKEN, subject, tier,
                granted, Duration.ofDays(days), Instant.now());
        spec.commandLine().getOut().println(issued.jwt());
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println("token id (jti): " + issued.tokenId()
                + ", expires " + issued.expiresAt());
        return StellaMain.EXIT_PASS;
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token "
            + "by its id on a server: every replica refuses it from then on.")
    int revoke(@Mixin AdminServer server,
            @Parameters(paramLabel = "JTI", description = "The token id.") String jti,
            @Option(names = "--expires", paramLabel = "TIME", description = "The token's "
                    + "expiry (ISO-8601), so the server may forget the revocation after it.")
            String expires) throws Exception {
        ObjectNode body = new ObjectMapper().createObjectNode().put("jti", jti);
        if (expires != null) {
            body.put("expiresAt", expires);
        }
        ServerClient client = server.client();
        client.post("/api/v1/admin/tokens/revoked", "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString(body.toString()));
        spec.commandLine().getOut().println("revoked token " + jti);
        spec.commandLine().getOut().flush();
        return StellaMain.EXIT_PASS;
    }
}
