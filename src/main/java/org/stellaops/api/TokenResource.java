// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.stellaops.auth.Client;
import org.stellaops.auth.TokenClaims;
import org.stellaops.auth.TokenIssuer;
import org.stellaops.serve.AuthSettings;

/**
 * The OAuth2 token endpoint, client credentials grant only (RFC 6749 §4.4): a client
 * authenticated by Basic or by the form gets a short-lived signed access token with its id,
 * tier and the scopes it asked for (all it may have when it names none). Answers per §5.1,
 * refusals per §5.2; never cached.
 */
@Path("/connect/token")
public class TokenResource {

    private static final Logger LOG = Logger.getLogger(TokenResource.class);

    @Inject
    ClientDirectory clients;
    @Inject
    AuthSettings auth;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> token(MultivaluedMap<String, String> form,
            @HeaderParam("Authorization") String authorization) {
        String grant = single(form, "grant_type");
        if (grant == null) {
            throw OAuthError.invalidRequest("grant_type is missing");
        }
        if (!grant.equals("client_credentials")) {
            throw OAuthError.unsupportedGrantType("only client_credentials is supported, not "
                    + grant);
        }
        ClientCredentials credentials = ClientCredentials.of(authorization,
                single(form, "client_id"), single(form, "client_secret"));
        String scope = single(form, "scope");
        return clients.authenticate(credentials.id(), credentials.secret())
                .map(client -> issue(client, scope));
    }

    private Response issue(Client client, String requested) {
        Set<String> scopes = client.scopes();
        if (requested != null && !requested.isBlank()) {
            scopes = new TreeSet<>(Arrays.asList(requested.strip().split(" +")));
            if (!client.scopes().containsAll(scopes)) {
                throw OAuthError.invalidScope("client " + client.id() + " may have only: "
                        + String.join(" ", client.scopes()));
            }
        }
        TokenIssuer.Issued issued = auth.issuer().issue(TokenClaims.KIND_CLIENT, client.id(),
                client.tier(), scopes, auth.accessLifetime(), Instant.now());
        LOG.debugf("access token issued (client: %s, tier: %s, scopes: %s, jti: %s)",
                client.id(), client.tier(), scopes, issued.tokenId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.jwt());
        body.put("token_type", "Bearer");
        body.put("expires_in", auth.accessLifetime().toSeconds());
        body.put("scope", String.join(" ", scopes));
        return Response.ok(ScanViews.json(body), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    /** A form parameter given at most once (RFC 6749 §3.1); a repeated one is refused. */
    private static String single(MultivaluedMap<String, String> form, String name) {
        var values = form.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw OAuthError.invalidRequest(name + " is given more than once");
        }
        return values.get(0);
    }
}
