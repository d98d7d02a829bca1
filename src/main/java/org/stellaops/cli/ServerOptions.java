// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where {@code stella scan} sends its target instead of matching locally, and how. */
final class ServerOptions {

    static final String ENV_SERVER = "STELLA_SERVER";
    static final String ENV_TOKEN = "STELLA_JWT";

    @Option(names = "--server", paramLabel = "URL", description = "Scan on this Stella Ops "
            + "server instead of locally (default: $STELLA_SERVER; unset: scan locally).")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Access token sent to the "
            + "server as 'Authorization: Bearer' (default: $STELLA_JWT; unset: anonymous).")
    String token;

    @Option(names = "--wait-quota", description = "With a server: when it answers 429 (rate "
            + "limit), wait as long as it asks and retry (up to " + QuotaNotices.MAX_WAITS
            + " times, " + QuotaNotices.PATIENCE_MINUTES + " min in all); without it such "
            + "an answer ends the scan with exit code 2.")
    boolean waitQuota;

    @Option(names = "--delta", description = "With a server and an image: send the inventories "
            + "of only the layers the server lacks, analysed here, instead of the whole SBOM.")
    boolean delta;

    /** The access token to send, or null to call anonymously. */
    String token(Map<String, String> env) {
        String value = token != null ? token : env.get(ENV_TOKEN);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The server's base URL without a trailing slash, or null for a local scan. */
    URI baseUrl() throws UsageException {
        return baseUrl(System.getenv());
    }

    URI baseUrl(Map<String, String> env) throws UsageException {
        String url = server != null ? server : env.get(ENV_SERVER);
        if (url == null || url.isBlank()) {
            if (delta) {
                throw new UsageException("--delta needs a server: --server URL or "
                        + ENV_SERVER);
            }
            return null;
        }
        return parse(url.strip());
    }

    private static URI parse(String url) throws UsageException {
        String trimmed = url.replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, with the expected form
        }
        throw new UsageException("server URL must be http(s)://HOST[:PORT][/PATH], not '"
                + url + "'");
    }
}
